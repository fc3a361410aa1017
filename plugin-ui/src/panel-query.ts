// The ticket panel's contact query printed as Apollo Client sends it: with the `__typename`
// fields its cache adds. Printed at build time into the standalone scripts (vite.standalone.config.mts),
// so nps-desk-preload.js carries neither graphql's printer nor the document.
import { addTypenameToDocument, print } from '@apollo/client/utilities';

import { NpsPanelContactDocument } from './gql/graphql';

export function printPanelContactQuery(): string {
  return print(addTypenameToDocument(NpsPanelContactDocument));
}
