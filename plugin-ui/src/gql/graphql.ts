/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How soon a recommended action should be done. */
export type ActionPriority =
  /** Today. */
  | 'HIGH'
  /** When convenient. */
  | 'LOW'
  /** This week. */
  | 'MEDIUM'
  /** Now: churn risk. */
  | 'URGENT';

/** Loyalty category of a Net Promoter Score answer: promoter 9-10, passive 7-8, detractor 0-6. */
export type LoyaltyCategory =
  /** Answered 0 to 6. */
  | 'DETRACTOR'
  /** Answered 7 or 8. */
  | 'PASSIVE'
  /** Answered 9 or 10. */
  | 'PROMOTER';

/** How a contact's category changed between their two latest NPS answers. */
export type LoyaltyMovement =
  /** A worse category than the answer before (for example promoter -> detractor): a churn risk. */
  | 'FALL'
  /** Fewer than two NPS answers: nothing to compare. */
  | 'NONE'
  /** A better category than the answer before (for example detractor -> passive): a recovery. */
  | 'RISE'
  /** Same category as the answer before. */
  | 'STEADY';

/** What a recommended action asks the agent to do. */
export type RecommendedActionKind =
  /** Ask a promoter to refer a friend or colleague. */
  | 'ASK_REFERRAL'
  /** Ask a promoter for a public review or rating. */
  | 'ASK_REVIEW'
  /** Escalate at once: the contact fell to detractor or is otherwise at immediate risk. */
  | 'ESCALATE'
  /** Fix what a passive raised, and thank them by name when it ships. */
  | 'FIX_FEEDBACK'
  /** Flag a promoter to sales as an upsell candidate. */
  | 'FLAG_UPSELL'
  /** Invite a promoter to a case study or testimonial. */
  | 'INVITE_CASE_STUDY'
  /** Ask a passive what would make it a 10. */
  | 'PROBE'
  /** Contact a detractor within the recovery deadline and acknowledge the problem. */
  | 'RECOVER'
  /** Survey the contact again later. */
  | 'RESURVEY_LATER'
  /** Find and solve the root cause of a detractor's problem, and record it. */
  | 'SOLVE_ROOT_CAUSE'
  /** Thank the contact for their feedback. */
  | 'THANK';

export type LatestScore_LoyaltyFragment = { latestScore: number | null, latestComment: string | null, answeredAt: string | null, responseCount: number };

export type LoyaltyBadge_LoyaltyFragment = { category: LoyaltyCategory | null };

export type LoyaltyMovement_LoyaltyFragment = { movement: LoyaltyMovement, previousCategory: LoyaltyCategory | null, previousScore: number | null };

export type NpsHistory_ContactFragment = { npsResponses: { totalCount: number, edges: Array<{ node: { id: string, score: number, category: LoyaltyCategory | null, comment: string | null, answeredAt: string } }> } };

export type NpsPanelContactQueryVariables = Exact<{
  externalId?: string | null | undefined;
  email?: string | null | undefined;
}>;


export type NpsPanelContactQuery = { contact: { id: string, loyalty: { responseCount: number, category: LoyaltyCategory | null, latestScore: number | null, latestComment: string | null, answeredAt: string | null, movement: LoyaltyMovement, previousCategory: LoyaltyCategory | null, previousScore: number | null }, npsResponses: { totalCount: number, edges: Array<{ node: { id: string, score: number, category: LoyaltyCategory | null, comment: string | null, answeredAt: string } }> }, recommendedActions: Array<{ kind: RecommendedActionKind, title: string, script: string, priority: ActionPriority, dueAt: string | null, reason: string }> } };

export type RecommendedActions_ContactFragment = { recommendedActions: Array<{ kind: RecommendedActionKind, title: string, script: string, priority: ActionPriority, dueAt: string | null, reason: string }> };

export const LatestScore_LoyaltyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LatestScore_loyalty"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoyaltySnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestScore"}},{"kind":"Field","name":{"kind":"Name","value":"latestComment"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}}]}}]} as unknown as DocumentNode<LatestScore_LoyaltyFragment, unknown>;
export const LoyaltyBadge_LoyaltyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoyaltyBadge_loyalty"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoyaltySnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]} as unknown as DocumentNode<LoyaltyBadge_LoyaltyFragment, unknown>;
export const LoyaltyMovement_LoyaltyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoyaltyMovement_loyalty"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoyaltySnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"movement"}},{"kind":"Field","name":{"kind":"Name","value":"previousCategory"}},{"kind":"Field","name":{"kind":"Name","value":"previousScore"}}]}}]} as unknown as DocumentNode<LoyaltyMovement_LoyaltyFragment, unknown>;
export const NpsHistory_ContactFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NpsHistory_contact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"npsResponses"},"name":{"kind":"Name","value":"responses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"EnumValue","value":"NPS"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NpsHistory_ContactFragment, unknown>;
export const RecommendedActions_ContactFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecommendedActions_contact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendedActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"script"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<RecommendedActions_ContactFragment, unknown>;
export const NpsPanelContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NpsPanelContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"externalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}}},{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loyalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoyaltyBadge_loyalty"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LatestScore_loyalty"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoyaltyMovement_loyalty"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NpsHistory_contact"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecommendedActions_contact"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoyaltyBadge_loyalty"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoyaltySnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LatestScore_loyalty"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoyaltySnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestScore"}},{"kind":"Field","name":{"kind":"Name","value":"latestComment"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoyaltyMovement_loyalty"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoyaltySnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"movement"}},{"kind":"Field","name":{"kind":"Name","value":"previousCategory"}},{"kind":"Field","name":{"kind":"Name","value":"previousScore"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NpsHistory_contact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"npsResponses"},"name":{"kind":"Name","value":"responses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"EnumValue","value":"NPS"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecommendedActions_contact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendedActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"script"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<NpsPanelContactQuery, NpsPanelContactQueryVariables>;