import type { Resolvers } from '../../__generated__/resolvers-types';
import { asksForTotalCount } from '../../graphql/pagination';
import { recommendationsFor } from '../recommendation/recommendation.service';
import { listContactResponses } from '../response/response.service';
import { getContact, listContacts, upsertContact } from './contact.service';

export const contactResolvers: Resolvers = {
  Query: {
    contact: (_parent, lookup, { viewer }) => getContact(viewer, lookup),
    contacts: (_parent, { first, after, filter }, { viewer }) =>
      listContacts(viewer, { first, after, category: filter?.category }),
  },
  Mutation: {
    contactUpsert: (_parent, { input }, { viewer }) => upsertContact(viewer, input),
  },
  Contact: {
    id: (contact) => contact._id.toHexString(),
    responses: (contact, args, { viewer }, info) =>
      listContactResponses(viewer, contact, { ...args, countNow: asksForTotalCount(info) }),
    recommendedActions: (contact, _args, { viewer, loaders, locale }) =>
      recommendationsFor(viewer, contact, loaders, locale),
  },
};
