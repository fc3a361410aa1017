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
    "\n  query FollowUpAssignees {\n    people(first: 100, assignable: true) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.FollowUpAssigneesDocument,
    "\n  mutation FollowUpAssign($input: FollowUpAssignInput!) {\n    followUpAssign(input: $input) {\n      followUp {\n        id\n        ...FollowUpItem_followUp\n      }\n    }\n  }\n": typeof types.FollowUpAssignDocument,
    "\n  fragment FollowUpItem_followUp on FollowUp {\n    id\n    kind\n    title\n    status\n    assignee {\n      id\n      displayName\n    }\n    dueAt\n    overdue\n    outcome\n    dismissReason\n    createdAt\n    closedByPerson {\n      id\n      displayName\n    }\n    closedAt\n    ticketId\n  }\n": typeof types.FollowUpItem_FollowUpFragmentDoc,
    "\n  fragment FollowUps_contact on Contact {\n    id\n    openFollowUps: followUps(status: OPEN, first: 20) {\n      totalCount\n      edges {\n        node {\n          ...FollowUpItem_followUp\n        }\n      }\n    }\n    doneFollowUps: followUps(status: DONE, first: 5) {\n      totalCount\n      edges {\n        node {\n          ...FollowUpItem_followUp\n        }\n      }\n    }\n    dismissedFollowUps: followUps(status: DISMISSED, first: 5) {\n      totalCount\n      edges {\n        node {\n          ...FollowUpItem_followUp\n        }\n      }\n    }\n  }\n": typeof types.FollowUps_ContactFragmentDoc,
    "\n  fragment FollowUps_viewer on Viewer {\n    userId\n    canManageFollowUps\n  }\n": typeof types.FollowUps_ViewerFragmentDoc,
    "\n  fragment LatestScore_loyalty on LoyaltySnapshot {\n    latestScore\n    latestComment\n    answeredAt\n    responseCount\n  }\n": typeof types.LatestScore_LoyaltyFragmentDoc,
    "\n  fragment LoyaltyBadge_loyalty on LoyaltySnapshot {\n    category\n  }\n": typeof types.LoyaltyBadge_LoyaltyFragmentDoc,
    "\n  fragment LoyaltyMovement_loyalty on LoyaltySnapshot {\n    movement\n    previousCategory\n    previousScore\n  }\n": typeof types.LoyaltyMovement_LoyaltyFragmentDoc,
    "\n  fragment NpsHistory_contact on Contact {\n    answers: responses(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          metric\n          score\n          scaleMax\n          category\n          comment\n          answeredAt\n        }\n      }\n    }\n  }\n": typeof types.NpsHistory_ContactFragmentDoc,
    "\n  query NpsPanelContact($externalId: String, $email: String) {\n    viewer {\n      ...RecommendedActions_viewer\n      ...FollowUps_viewer\n      ...SalesOutreach_viewer\n    }\n    contact(externalId: $externalId, email: $email) {\n      id\n      loyalty {\n        responseCount\n        ...LoyaltyBadge_loyalty\n        ...LatestScore_loyalty\n        ...LoyaltyMovement_loyalty\n      }\n      ...NpsHistory_contact\n      ...SurveyEligibility_contact\n      ...RecommendedActions_contact\n      ...FollowUps_contact\n      ...SalesOutreach_contact\n    }\n  }\n": typeof types.NpsPanelContactDocument,
    "\n  subscription NpsPanelContactActivity($id: ID!) {\n    contactActivity(id: $id) {\n      id\n      kind\n    }\n  }\n": typeof types.NpsPanelContactActivityDocument,
    "\n  fragment RecommendedActions_contact on Contact {\n    id\n    recommendedActions {\n      kind\n      title\n      script\n      priority\n      dueAt\n      reason\n    }\n  }\n": typeof types.RecommendedActions_ContactFragmentDoc,
    "\n  fragment RecommendedActions_viewer on Viewer {\n    canManageFollowUps\n  }\n": typeof types.RecommendedActions_ViewerFragmentDoc,
    "\n  fragment SalesCandidateItem_candidate on SalesCandidate {\n    contact {\n      id\n      name\n      email\n      externalId\n      company\n      plan\n      region\n      tags\n      accountValue\n      loyalty {\n        latestScore\n        answeredAt\n      }\n    }\n    reason\n    positiveCsat\n    lastContactedAt\n  }\n": typeof types.SalesCandidateItem_CandidateFragmentDoc,
    "\n  query SalesCandidates($first: Int!, $after: String, $filter: SalesCandidateFilter) {\n    salesCandidates(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...SalesCandidateItem_candidate\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SalesCandidatesDocument,
    "\n  fragment SalesOutreach_contact on Contact {\n    id\n    loyalty {\n      category\n    }\n  }\n": typeof types.SalesOutreach_ContactFragmentDoc,
    "\n  fragment SalesOutreach_viewer on Viewer {\n    canWorkSalesCandidates\n  }\n": typeof types.SalesOutreach_ViewerFragmentDoc,
    "\n  fragment SurveyEligibility_fields on SurveyEligibility {\n    eligible\n    nextEligibleAt\n    reasons {\n      blocker\n      message\n      until\n    }\n  }\n": typeof types.SurveyEligibility_FieldsFragmentDoc,
    "\n  fragment SurveyEligibility_contact on Contact {\n    npsEligibility: surveyEligibility(metric: NPS) {\n      ...SurveyEligibility_fields\n    }\n    csatEligibility: surveyEligibility(metric: CSAT) {\n      ...SurveyEligibility_fields\n    }\n    cesEligibility: surveyEligibility(metric: CES) {\n      ...SurveyEligibility_fields\n    }\n  }\n": typeof types.SurveyEligibility_ContactFragmentDoc,
    "\n  fragment UserError_fields on UserError {\n    field\n    message\n  }\n": typeof types.UserError_FieldsFragmentDoc,
    "\n  fragment PanelClosedLoop_contact on Contact {\n    id\n    ...RecommendedActions_contact\n    ...FollowUps_contact\n    ...SurveyEligibility_contact\n  }\n": typeof types.PanelClosedLoop_ContactFragmentDoc,
    "\n  mutation RecommendedActionComplete($input: RecommendedActionCompleteInput!) {\n    recommendedActionComplete(input: $input) {\n      errors {\n        ...UserError_fields\n      }\n      followUp {\n        id\n        ...FollowUpItem_followUp\n      }\n      contact {\n        ...PanelClosedLoop_contact\n      }\n    }\n  }\n": typeof types.RecommendedActionCompleteDocument,
    "\n  mutation RecommendedActionDismiss($input: RecommendedActionDismissInput!) {\n    recommendedActionDismiss(input: $input) {\n      errors {\n        ...UserError_fields\n      }\n      followUp {\n        id\n        ...FollowUpItem_followUp\n      }\n      contact {\n        ...PanelClosedLoop_contact\n      }\n    }\n  }\n": typeof types.RecommendedActionDismissDocument,
    "\n  mutation FollowUpCreate($input: FollowUpCreateInput!) {\n    followUpCreate(input: $input) {\n      followUp {\n        id\n        ...FollowUpItem_followUp\n        contact {\n          ...PanelClosedLoop_contact\n        }\n      }\n    }\n  }\n": typeof types.FollowUpCreateDocument,
    "\n  mutation FollowUpComplete($input: FollowUpCompleteInput!) {\n    followUpComplete(input: $input) {\n      errors {\n        ...UserError_fields\n      }\n      followUp {\n        id\n        ...FollowUpItem_followUp\n        contact {\n          ...PanelClosedLoop_contact\n        }\n      }\n    }\n  }\n": typeof types.FollowUpCompleteDocument,
    "\n  mutation FollowUpDismiss($input: FollowUpDismissInput!) {\n    followUpDismiss(input: $input) {\n      errors {\n        ...UserError_fields\n      }\n      followUp {\n        id\n        ...FollowUpItem_followUp\n        contact {\n          ...PanelClosedLoop_contact\n        }\n      }\n    }\n  }\n": typeof types.FollowUpDismissDocument,
    "\n  mutation SalesCandidateMarkContacted($input: SalesCandidateMarkContactedInput!) {\n    salesCandidateMarkContacted(input: $input) {\n      errors {\n        ...UserError_fields\n      }\n      followUp {\n        id\n        ...FollowUpItem_followUp\n        contact {\n          id\n          ...FollowUps_contact\n        }\n      }\n      candidate {\n        ...SalesCandidateItem_candidate\n      }\n    }\n  }\n": typeof types.SalesCandidateMarkContactedDocument,
    "\n  fragment ClosedLoopFigures_closedLoop on ClosedLoopFigures {\n    detractorRecovery {\n      detractors\n      answeredAgain\n      recovered\n      recoveryRate\n    }\n    followUps {\n      opened\n      done\n      dismissed\n      open\n      overdue\n      medianHoursToClose\n      closedWithinDeadlineShare\n    }\n  }\n": typeof types.ClosedLoopFigures_ClosedLoopFragmentDoc,
    "\n  fragment NpsReportFigure_figure on NpsFigure {\n    responses\n    promoters\n    passives\n    detractors\n    nps\n    marginOfError\n    adjustedNps\n    adjustedMarginOfError\n    lowSample\n  }\n": typeof types.NpsReportFigure_FigureFragmentDoc,
    "\n  query NpsReportPageViewer {\n    viewer {\n      userId\n      role\n      workspace {\n        id\n        name\n      }\n      canReadReports\n      canReadReportSummary\n    }\n  }\n": typeof types.NpsReportPageViewerDocument,
    "\n  query NpsReportPage($input: NpsReportInput!, $full: Boolean!) {\n    npsReport(input: $input) {\n      id\n      timeZone\n      granularity\n      overall {\n        ...NpsReportFigure_figure\n      }\n      buckets {\n        id\n        ...NpsTrendChart_bucket\n      }\n      distribution @include(if: $full)\n      csat @include(if: $full) {\n        ...SatisfactionSummary_csat\n      }\n      ces @include(if: $full) {\n        ...SatisfactionSummary_ces\n      }\n      closedLoop @include(if: $full) {\n        ...ClosedLoopFigures_closedLoop\n      }\n    }\n  }\n": typeof types.NpsReportPageDocument,
    "\n  query NpsReportSegments($input: NpsReportInput!, $first: Int!, $after: String) {\n    npsReport(input: $input) {\n      id\n      segments(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            dimension\n            value\n            differsFromRest\n            figure {\n              ...NpsReportFigure_figure\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.NpsReportSegmentsDocument,
    "\n  fragment NpsTrendChart_bucket on NpsBucket {\n    id\n    periodStart\n    partial\n    significantChangeFromPrevious\n    figure {\n      ...NpsReportFigure_figure\n    }\n  }\n": typeof types.NpsTrendChart_BucketFragmentDoc,
    "\n  fragment SatisfactionSummary_csat on CsatSummary {\n    responses\n    positiveShare\n    negativeShare\n    scales {\n      scaleMax\n      responses\n      average\n    }\n  }\n": typeof types.SatisfactionSummary_CsatFragmentDoc,
    "\n  fragment SatisfactionSummary_ces on CesSummary {\n    responses\n    scales {\n      scaleMax\n      responses\n      average\n    }\n  }\n": typeof types.SatisfactionSummary_CesFragmentDoc,
};
const documents: Documents = {
    "\n  query FollowUpAssignees {\n    people(first: 100, assignable: true) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.FollowUpAssigneesDocument,
    "\n  mutation FollowUpAssign($input: FollowUpAssignInput!) {\n    followUpAssign(input: $input) {\n      followUp {\n        id\n        ...FollowUpItem_followUp\n      }\n    }\n  }\n": types.FollowUpAssignDocument,
    "\n  fragment FollowUpItem_followUp on FollowUp {\n    id\n    kind\n    title\n    status\n    assignee {\n      id\n      displayName\n    }\n    dueAt\n    overdue\n    outcome\n    dismissReason\n    createdAt\n    closedByPerson {\n      id\n      displayName\n    }\n    closedAt\n    ticketId\n  }\n": types.FollowUpItem_FollowUpFragmentDoc,
    "\n  fragment FollowUps_contact on Contact {\n    id\n    openFollowUps: followUps(status: OPEN, first: 20) {\n      totalCount\n      edges {\n        node {\n          ...FollowUpItem_followUp\n        }\n      }\n    }\n    doneFollowUps: followUps(status: DONE, first: 5) {\n      totalCount\n      edges {\n        node {\n          ...FollowUpItem_followUp\n        }\n      }\n    }\n    dismissedFollowUps: followUps(status: DISMISSED, first: 5) {\n      totalCount\n      edges {\n        node {\n          ...FollowUpItem_followUp\n        }\n      }\n    }\n  }\n": types.FollowUps_ContactFragmentDoc,
    "\n  fragment FollowUps_viewer on Viewer {\n    userId\n    canManageFollowUps\n  }\n": types.FollowUps_ViewerFragmentDoc,
    "\n  fragment LatestScore_loyalty on LoyaltySnapshot {\n    latestScore\n    latestComment\n    answeredAt\n    responseCount\n  }\n": types.LatestScore_LoyaltyFragmentDoc,
    "\n  fragment LoyaltyBadge_loyalty on LoyaltySnapshot {\n    category\n  }\n": types.LoyaltyBadge_LoyaltyFragmentDoc,
    "\n  fragment LoyaltyMovement_loyalty on LoyaltySnapshot {\n    movement\n    previousCategory\n    previousScore\n  }\n": types.LoyaltyMovement_LoyaltyFragmentDoc,
    "\n  fragment NpsHistory_contact on Contact {\n    answers: responses(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          metric\n          score\n          scaleMax\n          category\n          comment\n          answeredAt\n        }\n      }\n    }\n  }\n": types.NpsHistory_ContactFragmentDoc,
    "\n  query NpsPanelContact($externalId: String, $email: String) {\n    viewer {\n      ...RecommendedActions_viewer\n      ...FollowUps_viewer\n      ...SalesOutreach_viewer\n    }\n    contact(externalId: $externalId, email: $email) {\n      id\n      loyalty {\n        responseCount\n        ...LoyaltyBadge_loyalty\n        ...LatestScore_loyalty\n        ...LoyaltyMovement_loyalty\n      }\n      ...NpsHistory_contact\n      ...SurveyEligibility_contact\n      ...RecommendedActions_contact\n      ...FollowUps_contact\n      ...SalesOutreach_contact\n    }\n  }\n": types.NpsPanelContactDocument,
    "\n  subscription NpsPanelContactActivity($id: ID!) {\n    contactActivity(id: $id) {\n      id\n      kind\n    }\n  }\n": types.NpsPanelContactActivityDocument,
    "\n  fragment RecommendedActions_contact on Contact {\n    id\n    recommendedActions {\n      kind\n      title\n      script\n      priority\n      dueAt\n      reason\n    }\n  }\n": types.RecommendedActions_ContactFragmentDoc,
    "\n  fragment RecommendedActions_viewer on Viewer {\n    canManageFollowUps\n  }\n": types.RecommendedActions_ViewerFragmentDoc,
    "\n  fragment SalesCandidateItem_candidate on SalesCandidate {\n    contact {\n      id\n      name\n      email\n      externalId\n      company\n      plan\n      region\n      tags\n      accountValue\n      loyalty {\n        latestScore\n        answeredAt\n      }\n    }\n    reason\n    positiveCsat\n    lastContactedAt\n  }\n": types.SalesCandidateItem_CandidateFragmentDoc,
    "\n  query SalesCandidates($first: Int!, $after: String, $filter: SalesCandidateFilter) {\n    salesCandidates(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...SalesCandidateItem_candidate\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SalesCandidatesDocument,
    "\n  fragment SalesOutreach_contact on Contact {\n    id\n    loyalty {\n      category\n    }\n  }\n": types.SalesOutreach_ContactFragmentDoc,
    "\n  fragment SalesOutreach_viewer on Viewer {\n    canWorkSalesCandidates\n  }\n": types.SalesOutreach_ViewerFragmentDoc,
    "\n  fragment SurveyEligibility_fields on SurveyEligibility {\n    eligible\n    nextEligibleAt\n    reasons {\n      blocker\n      message\n      until\n    }\n  }\n": types.SurveyEligibility_FieldsFragmentDoc,
    "\n  fragment SurveyEligibility_contact on Contact {\n    npsEligibility: surveyEligibility(metric: NPS) {\n      ...SurveyEligibility_fields\n    }\n    csatEligibility: surveyEligibility(metric: CSAT) {\n      ...SurveyEligibility_fields\n    }\n    cesEligibility: surveyEligibility(metric: CES) {\n      ...SurveyEligibility_fields\n    }\n  }\n": types.SurveyEligibility_ContactFragmentDoc,
    "\n  fragment UserError_fields on UserError {\n    field\n    message\n  }\n": types.UserError_FieldsFragmentDoc,
    "\n  fragment PanelClosedLoop_contact on Contact {\n    id\n    ...RecommendedActions_contact\n    ...FollowUps_contact\n    ...SurveyEligibility_contact\n  }\n": types.PanelClosedLoop_ContactFragmentDoc,
    "\n  mutation RecommendedActionComplete($input: RecommendedActionCompleteInput!) {\n    recommendedActionComplete(input: $input) {\n      errors {\n        ...UserError_fields\n      }\n      followUp {\n        id\n        ...FollowUpItem_followUp\n      }\n      contact {\n        ...PanelClosedLoop_contact\n      }\n    }\n  }\n": types.RecommendedActionCompleteDocument,
    "\n  mutation RecommendedActionDismiss($input: RecommendedActionDismissInput!) {\n    recommendedActionDismiss(input: $input) {\n      errors {\n        ...UserError_fields\n      }\n      followUp {\n        id\n        ...FollowUpItem_followUp\n      }\n      contact {\n        ...PanelClosedLoop_contact\n      }\n    }\n  }\n": types.RecommendedActionDismissDocument,
    "\n  mutation FollowUpCreate($input: FollowUpCreateInput!) {\n    followUpCreate(input: $input) {\n      followUp {\n        id\n        ...FollowUpItem_followUp\n        contact {\n          ...PanelClosedLoop_contact\n        }\n      }\n    }\n  }\n": types.FollowUpCreateDocument,
    "\n  mutation FollowUpComplete($input: FollowUpCompleteInput!) {\n    followUpComplete(input: $input) {\n      errors {\n        ...UserError_fields\n      }\n      followUp {\n        id\n        ...FollowUpItem_followUp\n        contact {\n          ...PanelClosedLoop_contact\n        }\n      }\n    }\n  }\n": types.FollowUpCompleteDocument,
    "\n  mutation FollowUpDismiss($input: FollowUpDismissInput!) {\n    followUpDismiss(input: $input) {\n      errors {\n        ...UserError_fields\n      }\n      followUp {\n        id\n        ...FollowUpItem_followUp\n        contact {\n          ...PanelClosedLoop_contact\n        }\n      }\n    }\n  }\n": types.FollowUpDismissDocument,
    "\n  mutation SalesCandidateMarkContacted($input: SalesCandidateMarkContactedInput!) {\n    salesCandidateMarkContacted(input: $input) {\n      errors {\n        ...UserError_fields\n      }\n      followUp {\n        id\n        ...FollowUpItem_followUp\n        contact {\n          id\n          ...FollowUps_contact\n        }\n      }\n      candidate {\n        ...SalesCandidateItem_candidate\n      }\n    }\n  }\n": types.SalesCandidateMarkContactedDocument,
    "\n  fragment ClosedLoopFigures_closedLoop on ClosedLoopFigures {\n    detractorRecovery {\n      detractors\n      answeredAgain\n      recovered\n      recoveryRate\n    }\n    followUps {\n      opened\n      done\n      dismissed\n      open\n      overdue\n      medianHoursToClose\n      closedWithinDeadlineShare\n    }\n  }\n": types.ClosedLoopFigures_ClosedLoopFragmentDoc,
    "\n  fragment NpsReportFigure_figure on NpsFigure {\n    responses\n    promoters\n    passives\n    detractors\n    nps\n    marginOfError\n    adjustedNps\n    adjustedMarginOfError\n    lowSample\n  }\n": types.NpsReportFigure_FigureFragmentDoc,
    "\n  query NpsReportPageViewer {\n    viewer {\n      userId\n      role\n      workspace {\n        id\n        name\n      }\n      canReadReports\n      canReadReportSummary\n    }\n  }\n": types.NpsReportPageViewerDocument,
    "\n  query NpsReportPage($input: NpsReportInput!, $full: Boolean!) {\n    npsReport(input: $input) {\n      id\n      timeZone\n      granularity\n      overall {\n        ...NpsReportFigure_figure\n      }\n      buckets {\n        id\n        ...NpsTrendChart_bucket\n      }\n      distribution @include(if: $full)\n      csat @include(if: $full) {\n        ...SatisfactionSummary_csat\n      }\n      ces @include(if: $full) {\n        ...SatisfactionSummary_ces\n      }\n      closedLoop @include(if: $full) {\n        ...ClosedLoopFigures_closedLoop\n      }\n    }\n  }\n": types.NpsReportPageDocument,
    "\n  query NpsReportSegments($input: NpsReportInput!, $first: Int!, $after: String) {\n    npsReport(input: $input) {\n      id\n      segments(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            dimension\n            value\n            differsFromRest\n            figure {\n              ...NpsReportFigure_figure\n            }\n          }\n        }\n      }\n    }\n  }\n": types.NpsReportSegmentsDocument,
    "\n  fragment NpsTrendChart_bucket on NpsBucket {\n    id\n    periodStart\n    partial\n    significantChangeFromPrevious\n    figure {\n      ...NpsReportFigure_figure\n    }\n  }\n": types.NpsTrendChart_BucketFragmentDoc,
    "\n  fragment SatisfactionSummary_csat on CsatSummary {\n    responses\n    positiveShare\n    negativeShare\n    scales {\n      scaleMax\n      responses\n      average\n    }\n  }\n": types.SatisfactionSummary_CsatFragmentDoc,
    "\n  fragment SatisfactionSummary_ces on CesSummary {\n    responses\n    scales {\n      scaleMax\n      responses\n      average\n    }\n  }\n": types.SatisfactionSummary_CesFragmentDoc,
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
export function graphql(source: "\n  query FollowUpAssignees {\n    people(first: 100, assignable: true) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpAssignees {\n    people(first: 100, assignable: true) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpAssign($input: FollowUpAssignInput!) {\n    followUpAssign(input: $input) {\n      followUp {\n        id\n        ...FollowUpItem_followUp\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FollowUpAssign($input: FollowUpAssignInput!) {\n    followUpAssign(input: $input) {\n      followUp {\n        id\n        ...FollowUpItem_followUp\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpItem_followUp on FollowUp {\n    id\n    kind\n    title\n    status\n    assignee {\n      id\n      displayName\n    }\n    dueAt\n    overdue\n    outcome\n    dismissReason\n    createdAt\n    closedByPerson {\n      id\n      displayName\n    }\n    closedAt\n    ticketId\n  }\n"): (typeof documents)["\n  fragment FollowUpItem_followUp on FollowUp {\n    id\n    kind\n    title\n    status\n    assignee {\n      id\n      displayName\n    }\n    dueAt\n    overdue\n    outcome\n    dismissReason\n    createdAt\n    closedByPerson {\n      id\n      displayName\n    }\n    closedAt\n    ticketId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUps_contact on Contact {\n    id\n    openFollowUps: followUps(status: OPEN, first: 20) {\n      totalCount\n      edges {\n        node {\n          ...FollowUpItem_followUp\n        }\n      }\n    }\n    doneFollowUps: followUps(status: DONE, first: 5) {\n      totalCount\n      edges {\n        node {\n          ...FollowUpItem_followUp\n        }\n      }\n    }\n    dismissedFollowUps: followUps(status: DISMISSED, first: 5) {\n      totalCount\n      edges {\n        node {\n          ...FollowUpItem_followUp\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment FollowUps_contact on Contact {\n    id\n    openFollowUps: followUps(status: OPEN, first: 20) {\n      totalCount\n      edges {\n        node {\n          ...FollowUpItem_followUp\n        }\n      }\n    }\n    doneFollowUps: followUps(status: DONE, first: 5) {\n      totalCount\n      edges {\n        node {\n          ...FollowUpItem_followUp\n        }\n      }\n    }\n    dismissedFollowUps: followUps(status: DISMISSED, first: 5) {\n      totalCount\n      edges {\n        node {\n          ...FollowUpItem_followUp\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUps_viewer on Viewer {\n    userId\n    canManageFollowUps\n  }\n"): (typeof documents)["\n  fragment FollowUps_viewer on Viewer {\n    userId\n    canManageFollowUps\n  }\n"];
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
export function graphql(source: "\n  fragment NpsHistory_contact on Contact {\n    answers: responses(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          metric\n          score\n          scaleMax\n          category\n          comment\n          answeredAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment NpsHistory_contact on Contact {\n    answers: responses(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          metric\n          score\n          scaleMax\n          category\n          comment\n          answeredAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NpsPanelContact($externalId: String, $email: String) {\n    viewer {\n      ...RecommendedActions_viewer\n      ...FollowUps_viewer\n      ...SalesOutreach_viewer\n    }\n    contact(externalId: $externalId, email: $email) {\n      id\n      loyalty {\n        responseCount\n        ...LoyaltyBadge_loyalty\n        ...LatestScore_loyalty\n        ...LoyaltyMovement_loyalty\n      }\n      ...NpsHistory_contact\n      ...SurveyEligibility_contact\n      ...RecommendedActions_contact\n      ...FollowUps_contact\n      ...SalesOutreach_contact\n    }\n  }\n"): (typeof documents)["\n  query NpsPanelContact($externalId: String, $email: String) {\n    viewer {\n      ...RecommendedActions_viewer\n      ...FollowUps_viewer\n      ...SalesOutreach_viewer\n    }\n    contact(externalId: $externalId, email: $email) {\n      id\n      loyalty {\n        responseCount\n        ...LoyaltyBadge_loyalty\n        ...LatestScore_loyalty\n        ...LoyaltyMovement_loyalty\n      }\n      ...NpsHistory_contact\n      ...SurveyEligibility_contact\n      ...RecommendedActions_contact\n      ...FollowUps_contact\n      ...SalesOutreach_contact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NpsPanelContactActivity($id: ID!) {\n    contactActivity(id: $id) {\n      id\n      kind\n    }\n  }\n"): (typeof documents)["\n  subscription NpsPanelContactActivity($id: ID!) {\n    contactActivity(id: $id) {\n      id\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecommendedActions_contact on Contact {\n    id\n    recommendedActions {\n      kind\n      title\n      script\n      priority\n      dueAt\n      reason\n    }\n  }\n"): (typeof documents)["\n  fragment RecommendedActions_contact on Contact {\n    id\n    recommendedActions {\n      kind\n      title\n      script\n      priority\n      dueAt\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecommendedActions_viewer on Viewer {\n    canManageFollowUps\n  }\n"): (typeof documents)["\n  fragment RecommendedActions_viewer on Viewer {\n    canManageFollowUps\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SalesCandidateItem_candidate on SalesCandidate {\n    contact {\n      id\n      name\n      email\n      externalId\n      company\n      plan\n      region\n      tags\n      accountValue\n      loyalty {\n        latestScore\n        answeredAt\n      }\n    }\n    reason\n    positiveCsat\n    lastContactedAt\n  }\n"): (typeof documents)["\n  fragment SalesCandidateItem_candidate on SalesCandidate {\n    contact {\n      id\n      name\n      email\n      externalId\n      company\n      plan\n      region\n      tags\n      accountValue\n      loyalty {\n        latestScore\n        answeredAt\n      }\n    }\n    reason\n    positiveCsat\n    lastContactedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalesCandidates($first: Int!, $after: String, $filter: SalesCandidateFilter) {\n    salesCandidates(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...SalesCandidateItem_candidate\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SalesCandidates($first: Int!, $after: String, $filter: SalesCandidateFilter) {\n    salesCandidates(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...SalesCandidateItem_candidate\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SalesOutreach_contact on Contact {\n    id\n    loyalty {\n      category\n    }\n  }\n"): (typeof documents)["\n  fragment SalesOutreach_contact on Contact {\n    id\n    loyalty {\n      category\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SalesOutreach_viewer on Viewer {\n    canWorkSalesCandidates\n  }\n"): (typeof documents)["\n  fragment SalesOutreach_viewer on Viewer {\n    canWorkSalesCandidates\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyEligibility_fields on SurveyEligibility {\n    eligible\n    nextEligibleAt\n    reasons {\n      blocker\n      message\n      until\n    }\n  }\n"): (typeof documents)["\n  fragment SurveyEligibility_fields on SurveyEligibility {\n    eligible\n    nextEligibleAt\n    reasons {\n      blocker\n      message\n      until\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyEligibility_contact on Contact {\n    npsEligibility: surveyEligibility(metric: NPS) {\n      ...SurveyEligibility_fields\n    }\n    csatEligibility: surveyEligibility(metric: CSAT) {\n      ...SurveyEligibility_fields\n    }\n    cesEligibility: surveyEligibility(metric: CES) {\n      ...SurveyEligibility_fields\n    }\n  }\n"): (typeof documents)["\n  fragment SurveyEligibility_contact on Contact {\n    npsEligibility: surveyEligibility(metric: NPS) {\n      ...SurveyEligibility_fields\n    }\n    csatEligibility: surveyEligibility(metric: CSAT) {\n      ...SurveyEligibility_fields\n    }\n    cesEligibility: surveyEligibility(metric: CES) {\n      ...SurveyEligibility_fields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserError_fields on UserError {\n    field\n    message\n  }\n"): (typeof documents)["\n  fragment UserError_fields on UserError {\n    field\n    message\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PanelClosedLoop_contact on Contact {\n    id\n    ...RecommendedActions_contact\n    ...FollowUps_contact\n    ...SurveyEligibility_contact\n  }\n"): (typeof documents)["\n  fragment PanelClosedLoop_contact on Contact {\n    id\n    ...RecommendedActions_contact\n    ...FollowUps_contact\n    ...SurveyEligibility_contact\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecommendedActionComplete($input: RecommendedActionCompleteInput!) {\n    recommendedActionComplete(input: $input) {\n      errors {\n        ...UserError_fields\n      }\n      followUp {\n        id\n        ...FollowUpItem_followUp\n      }\n      contact {\n        ...PanelClosedLoop_contact\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecommendedActionComplete($input: RecommendedActionCompleteInput!) {\n    recommendedActionComplete(input: $input) {\n      errors {\n        ...UserError_fields\n      }\n      followUp {\n        id\n        ...FollowUpItem_followUp\n      }\n      contact {\n        ...PanelClosedLoop_contact\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecommendedActionDismiss($input: RecommendedActionDismissInput!) {\n    recommendedActionDismiss(input: $input) {\n      errors {\n        ...UserError_fields\n      }\n      followUp {\n        id\n        ...FollowUpItem_followUp\n      }\n      contact {\n        ...PanelClosedLoop_contact\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecommendedActionDismiss($input: RecommendedActionDismissInput!) {\n    recommendedActionDismiss(input: $input) {\n      errors {\n        ...UserError_fields\n      }\n      followUp {\n        id\n        ...FollowUpItem_followUp\n      }\n      contact {\n        ...PanelClosedLoop_contact\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpCreate($input: FollowUpCreateInput!) {\n    followUpCreate(input: $input) {\n      followUp {\n        id\n        ...FollowUpItem_followUp\n        contact {\n          ...PanelClosedLoop_contact\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FollowUpCreate($input: FollowUpCreateInput!) {\n    followUpCreate(input: $input) {\n      followUp {\n        id\n        ...FollowUpItem_followUp\n        contact {\n          ...PanelClosedLoop_contact\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpComplete($input: FollowUpCompleteInput!) {\n    followUpComplete(input: $input) {\n      errors {\n        ...UserError_fields\n      }\n      followUp {\n        id\n        ...FollowUpItem_followUp\n        contact {\n          ...PanelClosedLoop_contact\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FollowUpComplete($input: FollowUpCompleteInput!) {\n    followUpComplete(input: $input) {\n      errors {\n        ...UserError_fields\n      }\n      followUp {\n        id\n        ...FollowUpItem_followUp\n        contact {\n          ...PanelClosedLoop_contact\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpDismiss($input: FollowUpDismissInput!) {\n    followUpDismiss(input: $input) {\n      errors {\n        ...UserError_fields\n      }\n      followUp {\n        id\n        ...FollowUpItem_followUp\n        contact {\n          ...PanelClosedLoop_contact\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FollowUpDismiss($input: FollowUpDismissInput!) {\n    followUpDismiss(input: $input) {\n      errors {\n        ...UserError_fields\n      }\n      followUp {\n        id\n        ...FollowUpItem_followUp\n        contact {\n          ...PanelClosedLoop_contact\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SalesCandidateMarkContacted($input: SalesCandidateMarkContactedInput!) {\n    salesCandidateMarkContacted(input: $input) {\n      errors {\n        ...UserError_fields\n      }\n      followUp {\n        id\n        ...FollowUpItem_followUp\n        contact {\n          id\n          ...FollowUps_contact\n        }\n      }\n      candidate {\n        ...SalesCandidateItem_candidate\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SalesCandidateMarkContacted($input: SalesCandidateMarkContactedInput!) {\n    salesCandidateMarkContacted(input: $input) {\n      errors {\n        ...UserError_fields\n      }\n      followUp {\n        id\n        ...FollowUpItem_followUp\n        contact {\n          id\n          ...FollowUps_contact\n        }\n      }\n      candidate {\n        ...SalesCandidateItem_candidate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClosedLoopFigures_closedLoop on ClosedLoopFigures {\n    detractorRecovery {\n      detractors\n      answeredAgain\n      recovered\n      recoveryRate\n    }\n    followUps {\n      opened\n      done\n      dismissed\n      open\n      overdue\n      medianHoursToClose\n      closedWithinDeadlineShare\n    }\n  }\n"): (typeof documents)["\n  fragment ClosedLoopFigures_closedLoop on ClosedLoopFigures {\n    detractorRecovery {\n      detractors\n      answeredAgain\n      recovered\n      recoveryRate\n    }\n    followUps {\n      opened\n      done\n      dismissed\n      open\n      overdue\n      medianHoursToClose\n      closedWithinDeadlineShare\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NpsReportFigure_figure on NpsFigure {\n    responses\n    promoters\n    passives\n    detractors\n    nps\n    marginOfError\n    adjustedNps\n    adjustedMarginOfError\n    lowSample\n  }\n"): (typeof documents)["\n  fragment NpsReportFigure_figure on NpsFigure {\n    responses\n    promoters\n    passives\n    detractors\n    nps\n    marginOfError\n    adjustedNps\n    adjustedMarginOfError\n    lowSample\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NpsReportPageViewer {\n    viewer {\n      userId\n      role\n      workspace {\n        id\n        name\n      }\n      canReadReports\n      canReadReportSummary\n    }\n  }\n"): (typeof documents)["\n  query NpsReportPageViewer {\n    viewer {\n      userId\n      role\n      workspace {\n        id\n        name\n      }\n      canReadReports\n      canReadReportSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NpsReportPage($input: NpsReportInput!, $full: Boolean!) {\n    npsReport(input: $input) {\n      id\n      timeZone\n      granularity\n      overall {\n        ...NpsReportFigure_figure\n      }\n      buckets {\n        id\n        ...NpsTrendChart_bucket\n      }\n      distribution @include(if: $full)\n      csat @include(if: $full) {\n        ...SatisfactionSummary_csat\n      }\n      ces @include(if: $full) {\n        ...SatisfactionSummary_ces\n      }\n      closedLoop @include(if: $full) {\n        ...ClosedLoopFigures_closedLoop\n      }\n    }\n  }\n"): (typeof documents)["\n  query NpsReportPage($input: NpsReportInput!, $full: Boolean!) {\n    npsReport(input: $input) {\n      id\n      timeZone\n      granularity\n      overall {\n        ...NpsReportFigure_figure\n      }\n      buckets {\n        id\n        ...NpsTrendChart_bucket\n      }\n      distribution @include(if: $full)\n      csat @include(if: $full) {\n        ...SatisfactionSummary_csat\n      }\n      ces @include(if: $full) {\n        ...SatisfactionSummary_ces\n      }\n      closedLoop @include(if: $full) {\n        ...ClosedLoopFigures_closedLoop\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NpsReportSegments($input: NpsReportInput!, $first: Int!, $after: String) {\n    npsReport(input: $input) {\n      id\n      segments(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            dimension\n            value\n            differsFromRest\n            figure {\n              ...NpsReportFigure_figure\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NpsReportSegments($input: NpsReportInput!, $first: Int!, $after: String) {\n    npsReport(input: $input) {\n      id\n      segments(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            dimension\n            value\n            differsFromRest\n            figure {\n              ...NpsReportFigure_figure\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NpsTrendChart_bucket on NpsBucket {\n    id\n    periodStart\n    partial\n    significantChangeFromPrevious\n    figure {\n      ...NpsReportFigure_figure\n    }\n  }\n"): (typeof documents)["\n  fragment NpsTrendChart_bucket on NpsBucket {\n    id\n    periodStart\n    partial\n    significantChangeFromPrevious\n    figure {\n      ...NpsReportFigure_figure\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SatisfactionSummary_csat on CsatSummary {\n    responses\n    positiveShare\n    negativeShare\n    scales {\n      scaleMax\n      responses\n      average\n    }\n  }\n"): (typeof documents)["\n  fragment SatisfactionSummary_csat on CsatSummary {\n    responses\n    positiveShare\n    negativeShare\n    scales {\n      scaleMax\n      responses\n      average\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SatisfactionSummary_ces on CesSummary {\n    responses\n    scales {\n      scaleMax\n      responses\n      average\n    }\n  }\n"): (typeof documents)["\n  fragment SatisfactionSummary_ces on CesSummary {\n    responses\n    scales {\n      scaleMax\n      responses\n      average\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;