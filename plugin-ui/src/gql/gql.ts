/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment LatestScore_loyalty on LoyaltySnapshot {\n    latestScore\n    latestComment\n    answeredAt\n    responseCount\n  }\n": typeof types.LatestScore_LoyaltyFragmentDoc,
    "\n  fragment LoyaltyBadge_loyalty on LoyaltySnapshot {\n    category\n  }\n": typeof types.LoyaltyBadge_LoyaltyFragmentDoc,
    "\n  fragment LoyaltyMovement_loyalty on LoyaltySnapshot {\n    movement\n    previousCategory\n    previousScore\n  }\n": typeof types.LoyaltyMovement_LoyaltyFragmentDoc,
    "\n  fragment NpsHistory_contact on Contact {\n    npsResponses: responses(first: 100, metric: NPS) {\n      totalCount\n      edges {\n        node {\n          id\n          score\n          category\n          comment\n          answeredAt\n        }\n      }\n    }\n  }\n": typeof types.NpsHistory_ContactFragmentDoc,
    "\n  query NpsPanelContact($externalId: String, $email: String) {\n    contact(externalId: $externalId, email: $email) {\n      id\n      loyalty {\n        responseCount\n        ...LoyaltyBadge_loyalty\n        ...LatestScore_loyalty\n        ...LoyaltyMovement_loyalty\n      }\n      ...NpsHistory_contact\n      ...RecommendedActions_contact\n    }\n  }\n": typeof types.NpsPanelContactDocument,
    "\n  fragment RecommendedActions_contact on Contact {\n    recommendedActions {\n      kind\n      title\n      script\n      priority\n      dueAt\n      reason\n    }\n  }\n": typeof types.RecommendedActions_ContactFragmentDoc,
};
const documents: Documents = {
    "\n  fragment LatestScore_loyalty on LoyaltySnapshot {\n    latestScore\n    latestComment\n    answeredAt\n    responseCount\n  }\n": types.LatestScore_LoyaltyFragmentDoc,
    "\n  fragment LoyaltyBadge_loyalty on LoyaltySnapshot {\n    category\n  }\n": types.LoyaltyBadge_LoyaltyFragmentDoc,
    "\n  fragment LoyaltyMovement_loyalty on LoyaltySnapshot {\n    movement\n    previousCategory\n    previousScore\n  }\n": types.LoyaltyMovement_LoyaltyFragmentDoc,
    "\n  fragment NpsHistory_contact on Contact {\n    npsResponses: responses(first: 100, metric: NPS) {\n      totalCount\n      edges {\n        node {\n          id\n          score\n          category\n          comment\n          answeredAt\n        }\n      }\n    }\n  }\n": types.NpsHistory_ContactFragmentDoc,
    "\n  query NpsPanelContact($externalId: String, $email: String) {\n    contact(externalId: $externalId, email: $email) {\n      id\n      loyalty {\n        responseCount\n        ...LoyaltyBadge_loyalty\n        ...LatestScore_loyalty\n        ...LoyaltyMovement_loyalty\n      }\n      ...NpsHistory_contact\n      ...RecommendedActions_contact\n    }\n  }\n": types.NpsPanelContactDocument,
    "\n  fragment RecommendedActions_contact on Contact {\n    recommendedActions {\n      kind\n      title\n      script\n      priority\n      dueAt\n      reason\n    }\n  }\n": types.RecommendedActions_ContactFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LatestScore_loyalty on LoyaltySnapshot {\n    latestScore\n    latestComment\n    answeredAt\n    responseCount\n  }\n"): (typeof documents)["\n  fragment LatestScore_loyalty on LoyaltySnapshot {\n    latestScore\n    latestComment\n    answeredAt\n    responseCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LoyaltyBadge_loyalty on LoyaltySnapshot {\n    category\n  }\n"): (typeof documents)["\n  fragment LoyaltyBadge_loyalty on LoyaltySnapshot {\n    category\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LoyaltyMovement_loyalty on LoyaltySnapshot {\n    movement\n    previousCategory\n    previousScore\n  }\n"): (typeof documents)["\n  fragment LoyaltyMovement_loyalty on LoyaltySnapshot {\n    movement\n    previousCategory\n    previousScore\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NpsHistory_contact on Contact {\n    npsResponses: responses(first: 100, metric: NPS) {\n      totalCount\n      edges {\n        node {\n          id\n          score\n          category\n          comment\n          answeredAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment NpsHistory_contact on Contact {\n    npsResponses: responses(first: 100, metric: NPS) {\n      totalCount\n      edges {\n        node {\n          id\n          score\n          category\n          comment\n          answeredAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NpsPanelContact($externalId: String, $email: String) {\n    contact(externalId: $externalId, email: $email) {\n      id\n      loyalty {\n        responseCount\n        ...LoyaltyBadge_loyalty\n        ...LatestScore_loyalty\n        ...LoyaltyMovement_loyalty\n      }\n      ...NpsHistory_contact\n      ...RecommendedActions_contact\n    }\n  }\n"): (typeof documents)["\n  query NpsPanelContact($externalId: String, $email: String) {\n    contact(externalId: $externalId, email: $email) {\n      id\n      loyalty {\n        responseCount\n        ...LoyaltyBadge_loyalty\n        ...LatestScore_loyalty\n        ...LoyaltyMovement_loyalty\n      }\n      ...NpsHistory_contact\n      ...RecommendedActions_contact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecommendedActions_contact on Contact {\n    recommendedActions {\n      kind\n      title\n      script\n      priority\n      dueAt\n      reason\n    }\n  }\n"): (typeof documents)["\n  fragment RecommendedActions_contact on Contact {\n    recommendedActions {\n      kind\n      title\n      script\n      priority\n      dueAt\n      reason\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;