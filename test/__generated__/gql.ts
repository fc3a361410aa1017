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
    "\n  query TestAlertsViewer {\n    viewer {\n      canManageAlerts\n    }\n  }\n": typeof types.TestAlertsViewerDocument,
    "\n  mutation TestApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        role\n        prefix\n        active\n        createdBy\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n": typeof types.TestApiKeyCreateDocument,
    "\n  query TestApiKeys($first: Int, $after: String, $includeRevoked: Boolean) {\n    apiKeys(first: $first, after: $after, includeRevoked: $includeRevoked) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          role\n          prefix\n          active\n          createdBy\n          createdAt\n          lastUsedAt\n          revokedAt\n          revokedBy\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.TestApiKeysDocument,
    "\n  mutation TestApiKeyRevoke($input: ApiKeyRevokeInput!) {\n    apiKeyRevoke(input: $input) {\n      apiKey {\n        id\n        active\n        revokedAt\n        revokedBy\n      }\n    }\n  }\n": typeof types.TestApiKeyRevokeDocument,
    "\n        query TestIntegrationKeyReadsContact {\n          contact(externalId: \"zd-integration-1\") {\n            id\n          }\n        }\n      ": typeof types.TestIntegrationKeyReadsContactDocument,
    "\n        query TestIntegrationKeyReadsApiKeys {\n          apiKeys {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.TestIntegrationKeyReadsApiKeysDocument,
    "\n        query TestIntegrationKeyReadsWorkspace {\n          workspace {\n            id\n          }\n        }\n      ": typeof types.TestIntegrationKeyReadsWorkspaceDocument,
    "\n        query Health {\n          health\n        }\n      ": typeof types.HealthDocument,
    "\n  mutation TestContactErase($input: ContactEraseInput!) {\n    contactErase(input: $input) {\n      erasure {\n        id\n        contactId\n        requestedBy\n        requestedAt\n        finishedAt\n        status\n        note\n        removedResponses\n        removedFollowUps\n        removedAlertDeliveries\n        removedRecoveryLinks\n      }\n    }\n  }\n": typeof types.TestContactEraseDocument,
    "\n  mutation DataRightsSurveySent($input: SurveySentInput!) {\n    surveySent(input: $input) {\n      contact {\n        id\n      }\n    }\n  }\n": typeof types.DataRightsSurveySentDocument,
    "\n        query TestContactErasures {\n          contactErasures(first: 100) {\n            contactId\n            status\n            requestedBy\n          }\n        }\n      ": typeof types.TestContactErasuresDocument,
    "\n        query TestContactErasureIds {\n          contactErasures {\n            id\n          }\n        }\n      ": typeof types.TestContactErasureIdsDocument,
    "\n        query SalesCandidatesSeeded {\n          salesCandidates(first: 20) {\n            edges {\n              node {\n                contact {\n                  id\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.SalesCandidatesSeededDocument,
    "\n          query TestDemoSessionViewer {\n            viewer {\n              userId\n              role\n              workspace {\n                id\n              }\n            }\n          }\n        ": typeof types.TestDemoSessionViewerDocument,
    "\n          query TestDemoPeople {\n            people(first: 10) {\n              edges {\n                node {\n                  id\n                  displayName\n                  role\n                }\n              }\n            }\n          }\n        ": typeof types.TestDemoPeopleDocument,
    "\n  mutation E2eChatwootEmbedSettingsSet($input: ChatwootEmbedSettingsSetInput!) {\n    chatwootEmbedSettingsSet(input: $input) {\n      chatwoot {\n        baseUrl\n      }\n    }\n  }\n": typeof types.E2eChatwootEmbedSettingsSetDocument,
    "\n  query E2eFollowUps($filter: FollowUpFilter) {\n    followUps(first: 20, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          title\n          status\n          outcome\n          dismissReason\n          closedBy\n          closedByPerson {\n            displayName\n          }\n          closedAt\n          createdBy\n        }\n      }\n    }\n  }\n": typeof types.E2eFollowUpsDocument,
    "\n  query E2eContactState($externalId: String) {\n    contact(externalId: $externalId) {\n      id\n      recommendedActions {\n        kind\n      }\n      followUps(first: 20) {\n        totalCount\n      }\n    }\n  }\n": typeof types.E2eContactStateDocument,
    "\n  mutation E2eRecommendedActionComplete($input: RecommendedActionCompleteInput!) {\n    recommendedActionComplete(input: $input) {\n      followUp {\n        id\n        status\n      }\n    }\n  }\n": typeof types.E2eRecommendedActionCompleteDocument,
    "\n  mutation E2eRecommendedActionDismiss($input: RecommendedActionDismissInput!) {\n    recommendedActionDismiss(input: $input) {\n      followUp {\n        id\n      }\n    }\n  }\n": typeof types.E2eRecommendedActionDismissDocument,
    "\n  mutation E2eFollowUpCreate($input: FollowUpCreateInput!) {\n    followUpCreate(input: $input) {\n      followUp {\n        id\n      }\n    }\n  }\n": typeof types.E2eFollowUpCreateDocument,
    "\n        query E2eReportSessionViewer {\n          viewer {\n            role\n            canReadReports\n          }\n        }\n      ": typeof types.E2eReportSessionViewerDocument,
    "\n  query E2eSalesFollowUps($filter: FollowUpFilter) {\n    followUps(first: 20, filter: $filter) {\n      edges {\n        node {\n          kind\n          status\n          outcome\n          closedBy\n        }\n      }\n    }\n  }\n": typeof types.E2eSalesFollowUpsDocument,
    "\n        query E2eSalesSessionViewer {\n          viewer {\n            role\n            canWorkSalesCandidates\n            canManageFollowUps\n          }\n        }\n      ": typeof types.E2eSalesSessionViewerDocument,
    "\n  query TestEmbedSettings {\n    embedSettings {\n      origins\n    }\n  }\n": typeof types.TestEmbedSettingsDocument,
    "\n  mutation TestEmbedSettingsUpdate($origins: [String!]!) {\n    embedSettingsUpdate(input: { origins: $origins }) {\n      embedSettings {\n        origins\n      }\n    }\n  }\n": typeof types.TestEmbedSettingsUpdateDocument,
    "\n  mutation TestZendeskEmbedSettingsSet($input: ZendeskEmbedSettingsSetInput!) {\n    zendeskEmbedSettingsSet(input: $input) {\n      sharedSecret\n      zendesk {\n        sharedSecretFingerprint\n        pagePath\n        updatedBy\n      }\n    }\n  }\n": typeof types.TestZendeskEmbedSettingsSetDocument,
    "\n  mutation TestChatwootEmbedSettingsSet($input: ChatwootEmbedSettingsSetInput!) {\n    chatwootEmbedSettingsSet(input: $input) {\n      chatwoot {\n        baseUrl\n        accountId\n        pagePath\n      }\n    }\n  }\n": typeof types.TestChatwootEmbedSettingsSetDocument,
    "\n  mutation TestEmbedHostRemove($input: EmbedHostRemoveInput!) {\n    embedHostRemove(input: $input) {\n      embedHostSettings {\n        zendesk {\n          sharedSecretFingerprint\n        }\n        chatwoot {\n          baseUrl\n        }\n      }\n    }\n  }\n": typeof types.TestEmbedHostRemoveDocument,
    "\n  query TestEmbedHostSettings {\n    embedHostSettings {\n      zendesk {\n        sharedSecretFingerprint\n      }\n      chatwoot {\n        baseUrl\n        accountId\n      }\n    }\n  }\n": typeof types.TestEmbedHostSettingsDocument,
    "\n  mutation TestEmbedOriginsSet($input: EmbedSettingsUpdateInput!) {\n    embedSettingsUpdate(input: $input) {\n      embedSettings {\n        origins\n      }\n    }\n  }\n": typeof types.TestEmbedOriginsSetDocument,
    "\n  query TestPanelViewer {\n    viewer {\n      userId\n      role\n      workspace {\n        id\n      }\n    }\n  }\n": typeof types.TestPanelViewerDocument,
    "\n  mutation TestEmbedContactUpsert($input: ContactUpsertInput!) {\n    contactUpsert(input: $input) {\n      contact {\n        id\n      }\n    }\n  }\n": typeof types.TestEmbedContactUpsertDocument,
    "\n  mutation TestEmbedFollowUpCreate($input: FollowUpCreateInput!) {\n    followUpCreate(input: $input) {\n      followUp {\n        id\n        ticketId\n      }\n    }\n  }\n": typeof types.TestEmbedFollowUpCreateDocument,
    "\n  mutation FaultsRecord($input: ResponseRecordInput!) {\n    responseRecord(input: $input) {\n      duplicate\n      response {\n        id\n        sourceId\n      }\n      contact {\n        id\n        loyalty {\n          responseCount\n        }\n      }\n    }\n  }\n": typeof types.FaultsRecordDocument,
    "\n  query FaultsContact($externalId: String!) {\n    contact(externalId: $externalId) {\n      id\n      loyalty {\n        responseCount\n      }\n    }\n  }\n": typeof types.FaultsContactDocument,
    "\n  query HealthContact {\n    contact(externalId: \"health-1\") {\n      id\n    }\n  }\n": typeof types.HealthContactDocument,
    "\n  query HttpErrorsSalesCandidatesPage($after: String) {\n    salesCandidates(first: 5, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n": typeof types.HttpErrorsSalesCandidatesPageDocument,
    "\n  query HttpErrorsOverdueFollowUpsPage($after: String) {\n    followUps(first: 5, after: $after, filter: { overdue: true }) {\n      edges {\n        cursor\n      }\n    }\n  }\n": typeof types.HttpErrorsOverdueFollowUpsPageDocument,
    "\n  query HttpErrorsAlertDeliveriesPage($after: String) {\n    alertDeliveries(first: 5, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n": typeof types.HttpErrorsAlertDeliveriesPageDocument,
    "\n  query HttpErrorsContactsPage($after: String) {\n    contacts(first: 5, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n": typeof types.HttpErrorsContactsPageDocument,
    "\n        query HttpErrorsContactAfterGet {\n          contact(externalId: \"get-mutation-1\") {\n            id\n          }\n        }\n      ": typeof types.HttpErrorsContactAfterGetDocument,
    "\n    mutation SizePlaybookUpdate($input: PlaybookUpdateInput!) {\n      playbookUpdate(input: $input) {\n        errors {\n          field\n          message\n        }\n        playbook {\n          isDefault\n        }\n      }\n    }\n  ": typeof types.SizePlaybookUpdateDocument,
    "\n    mutation SizeSurveyPolicyUpdate($input: SurveyPolicyUpdateInput!) {\n      surveyPolicyUpdate(input: $input) {\n        errors {\n          field\n          message\n        }\n        surveyPolicy {\n          minDaysAfterSignup\n        }\n      }\n    }\n  ": typeof types.SizeSurveyPolicyUpdateDocument,
    "\n    mutation SizeWebhookSecretAdd($input: WebhookSecretAddInput!) {\n      webhookSecretAdd(input: $input) {\n        secret\n      }\n    }\n  ": typeof types.SizeWebhookSecretAddDocument,
    "\n    query SizeCandidates($filter: SurveyCandidateFilter) {\n      surveyCandidates(metric: NPS, first: 1, filter: $filter) {\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  ": typeof types.SizeCandidatesDocument,
    "\n  subscription TestContactActivity($id: ID!) {\n    contactActivity(id: $id) {\n      contactId\n      kind\n      at\n    }\n  }\n": typeof types.TestContactActivityDocument,
    "\n  query PeopleViewer {\n    viewer {\n      userId\n    }\n  }\n": typeof types.PeopleViewerDocument,
    "\n  query PeopleList($first: Int, $after: String, $assignable: Boolean) {\n    people(first: $first, after: $after, assignable: $assignable) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          displayName\n          role\n          lastSeenAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PeopleListDocument,
    "\n  fragment PeopleFollowUpPeople on FollowUp {\n    id\n    assigneeId\n    assignee {\n      id\n      name\n      displayName\n    }\n    createdBy\n    createdByPerson {\n      id\n      displayName\n    }\n    closedBy\n    closedByPerson {\n      id\n      displayName\n    }\n  }\n": typeof types.PeopleFollowUpPeopleFragmentDoc,
    "\n  mutation PeopleFollowUpCreate($input: FollowUpCreateInput!) {\n    followUpCreate(input: $input) {\n      followUp {\n        ...PeopleFollowUpPeople\n      }\n    }\n  }\n": typeof types.PeopleFollowUpCreateDocument,
    "\n  mutation PeopleFollowUpAssign($input: FollowUpAssignInput!) {\n    followUpAssign(input: $input) {\n      followUp {\n        ...PeopleFollowUpPeople\n      }\n    }\n  }\n": typeof types.PeopleFollowUpAssignDocument,
    "\n  mutation PeopleFollowUpComplete($input: FollowUpCompleteInput!) {\n    followUpComplete(input: $input) {\n      followUp {\n        ...PeopleFollowUpPeople\n      }\n    }\n  }\n": typeof types.PeopleFollowUpCompleteDocument,
    "\n  query PeopleFollowUps {\n    followUps(first: 50) {\n      edges {\n        node {\n          ...PeopleFollowUpPeople\n        }\n      }\n    }\n  }\n": typeof types.PeopleFollowUpsDocument,
    "\n  mutation PeopleApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n": typeof types.PeopleApiKeyCreateDocument,
    "\n  query TestPlaybookInLocale {\n    playbook {\n      isDefault\n      rules {\n        trigger\n        actions {\n          kind\n          title\n          scriptTemplate\n        }\n      }\n    }\n  }\n": typeof types.TestPlaybookInLocaleDocument,
    "\n  mutation TestSalesOutreachInLocale($input: SalesCandidateMarkContactedInput!) {\n    salesCandidateMarkContacted(input: $input) {\n      followUp {\n        kind\n        title\n      }\n    }\n  }\n": typeof types.TestSalesOutreachInLocaleDocument,
    "\n  mutation TestPlaybookUpdateInLocale($input: PlaybookUpdateInput!) {\n    playbookUpdate(input: $input) {\n      errors {\n        message\n      }\n      playbook {\n        isDefault\n      }\n    }\n  }\n": typeof types.TestPlaybookUpdateInLocaleDocument,
    "\n  fragment QueryCountContactRow on Contact {\n    id\n    name\n    loyalty {\n      category\n      latestScore\n      answeredAt\n    }\n    recommendedActions {\n      kind\n    }\n    surveyEligibility {\n      eligible\n      reasons {\n        blocker\n      }\n    }\n    openFollowUps: followUps(status: OPEN, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n        }\n      }\n    }\n  }\n": typeof types.QueryCountContactRowFragmentDoc,
    "\n  query QueryCountFollowUps($first: Int!) {\n    followUps(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          status\n          overdue\n          contact {\n            ...QueryCountContactRow\n          }\n          response {\n            id\n            score\n          }\n        }\n      }\n    }\n  }\n": typeof types.QueryCountFollowUpsDocument,
    "\n  query QueryCountSalesCandidates($first: Int!) {\n    salesCandidates(first: $first) {\n      edges {\n        node {\n          reason\n          contact {\n            ...QueryCountContactRow\n          }\n        }\n      }\n    }\n  }\n": typeof types.QueryCountSalesCandidatesDocument,
    "\n  query QueryCountFollowUpPeople($first: Int!) {\n    followUps(first: $first) {\n      edges {\n        node {\n          id\n          assignee {\n            displayName\n          }\n          createdByPerson {\n            displayName\n          }\n          closedByPerson {\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.QueryCountFollowUpPeopleDocument,
    "\n  mutation QueryCountAssignThenComplete($id: ID!) {\n    assigned: followUpAssign(input: { id: $id, assigneeId: \"agent-7\" }) {\n      followUp {\n        contact {\n          openFollowUps: followUps(status: OPEN, first: 20) {\n            totalCount\n          }\n        }\n      }\n    }\n    completed: followUpComplete(input: { id: $id, outcome: \"Asked what went wrong\" }) {\n      followUp {\n        contact {\n          openFollowUps: followUps(status: OPEN, first: 20) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.QueryCountAssignThenCompleteDocument,
    "\n  query TestClosedLoopReport($input: NpsReportInput!) {\n    npsReport(input: $input) {\n      closedLoop {\n        followUps {\n          opened\n          done\n          dismissed\n          open\n          overdue\n          medianHoursToClose\n          closedWithinDeadlineShare\n        }\n      }\n    }\n  }\n": typeof types.TestClosedLoopReportDocument,
    "\n  fragment TestNpsFigureFields on NpsFigure {\n    responses\n    promoters\n    passives\n    detractors\n    nps\n    marginOfError\n    adjustedNps\n    adjustedMarginOfError\n    lowSample\n  }\n": typeof types.TestNpsFigureFieldsFragmentDoc,
    "\n  query TestNpsReportSummary($input: NpsReportInput!) {\n    npsReport(input: $input) {\n      id\n      start\n      end\n      timeZone\n      granularity\n      overall {\n        ...TestNpsFigureFields\n      }\n      buckets {\n        id\n        periodStart\n        start\n        end\n        partial\n        significantChangeFromPrevious\n        figure {\n          ...TestNpsFigureFields\n        }\n      }\n    }\n  }\n": typeof types.TestNpsReportSummaryDocument,
    "\n  query TestNpsReport($input: NpsReportInput!, $first: Int, $after: String) {\n    npsReport(input: $input) {\n      id\n      start\n      end\n      overall {\n        ...TestNpsFigureFields\n      }\n      buckets {\n        periodStart\n        start\n        end\n        partial\n        significantChangeFromPrevious\n        figure {\n          ...TestNpsFigureFields\n        }\n      }\n      segments(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            dimension\n            value\n            differsFromRest\n            figure {\n              ...TestNpsFigureFields\n            }\n          }\n        }\n      }\n      distribution\n      csat {\n        responses\n        positiveShare\n        negativeShare\n        scales {\n          scaleMax\n          responses\n          average\n        }\n      }\n      ces {\n        responses\n        scales {\n          scaleMax\n          responses\n          average\n        }\n      }\n      closedLoop {\n        detractorRecovery {\n          detractors\n          answeredAgain\n          recovered\n          recoveryRate\n        }\n      }\n    }\n  }\n": typeof types.TestNpsReportDocument,
    "\n      query TestViewerReports {\n        viewer {\n          canReadReports\n          canReadReportSummary\n        }\n      }\n    ": typeof types.TestViewerReportsDocument,
    "\n  query TestSalesCandidates($first: Int, $after: String, $filter: SalesCandidateFilter) {\n    salesCandidates(first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          reason\n          positiveCsat\n          lastContactedAt\n          contact {\n            id\n            externalId\n          }\n        }\n      }\n    }\n  }\n": typeof types.TestSalesCandidatesDocument,
    "\n  mutation TestMarkContacted($input: SalesCandidateMarkContactedInput!) {\n    salesCandidateMarkContacted(input: $input) {\n      errors {\n        field\n        message\n      }\n      followUp {\n        kind\n        status\n        outcome\n        closedBy\n      }\n      candidate {\n        lastContactedAt\n        contact {\n          id\n        }\n      }\n    }\n  }\n": typeof types.TestMarkContactedDocument,
    "\n        query TestSalesContactId($e: String) {\n          contact(externalId: $e) {\n            id\n          }\n        }\n      ": typeof types.TestSalesContactIdDocument,
    "\n        query TestSalesInRecovery {\n          contact(externalId: \"in-recovery\") {\n            id\n          }\n        }\n      ": typeof types.TestSalesInRecoveryDocument,
    "\n  query TestPlaybook {\n    playbook {\n      isDefault\n      updatedBy\n      placeholders\n      rules {\n        trigger\n        actions {\n          kind\n          title\n          scriptTemplate\n          priority\n          dueInHours\n          requiresCompany\n        }\n      }\n    }\n  }\n": typeof types.TestPlaybookDocument,
    "\n  mutation TestPlaybookUpdate($input: PlaybookUpdateInput!) {\n    playbookUpdate(input: $input) {\n      errors {\n        field\n        message\n      }\n      playbook {\n        isDefault\n        updatedBy\n        rules {\n          trigger\n          actions {\n            kind\n            title\n            priority\n            dueInHours\n          }\n        }\n      }\n    }\n  }\n": typeof types.TestPlaybookUpdateDocument,
    "\n  mutation TestSurveyPolicyUpdate($input: SurveyPolicyUpdateInput!) {\n    surveyPolicyUpdate(input: $input) {\n      errors {\n        field\n        message\n      }\n      surveyPolicy {\n        minDaysAfterSignup\n        minDaysBetweenSurveys\n      }\n    }\n  }\n": typeof types.TestSurveyPolicyUpdateDocument,
    "\n  query TestSurveyPolicy {\n    surveyPolicy {\n      minDaysAfterSignup\n      minDaysBetweenSurveys\n      metrics {\n        metric\n        minDaysAfterSignup\n        minDaysBetweenSurveys\n      }\n    }\n  }\n": typeof types.TestSurveyPolicyDocument,
    "\n  query TestMetricEligibility($id: ID!) {\n    contact(id: $id) {\n      nps: surveyEligibility {\n        eligible\n        reasons {\n          blocker\n          message\n        }\n      }\n      csat: surveyEligibility(metric: CSAT) {\n        eligible\n        reasons {\n          blocker\n          message\n        }\n      }\n    }\n  }\n": typeof types.TestMetricEligibilityDocument,
    "\n        mutation TestPlaybookReset {\n          playbookReset {\n            playbook {\n              isDefault\n            }\n          }\n        }\n      ": typeof types.TestPlaybookResetDocument,
    "\n  fragment TestAlertEndpointFields on AlertEndpoint {\n    id\n    kind\n    name\n    url\n    events\n    enabled\n    createdBy\n  }\n": typeof types.TestAlertEndpointFieldsFragmentDoc,
    "\n  fragment TestAlertDeliveryFields on AlertDelivery {\n    id\n    event\n    subjectId\n    status\n    attempts\n    nextAttemptAt\n    lastAttemptAt\n    lastStatusCode\n    lastError\n    sentAt\n    createdAt\n    endpoint {\n      id\n      name\n    }\n  }\n": typeof types.TestAlertDeliveryFieldsFragmentDoc,
    "\n  mutation TestAlertEndpointAdd($input: AlertEndpointAddInput!) {\n    alertEndpointAdd(input: $input) {\n      signingSecret\n      endpoint {\n        ...TestAlertEndpointFields\n      }\n    }\n  }\n": typeof types.TestAlertEndpointAddDocument,
    "\n  mutation TestAlertEndpointUpdate($input: AlertEndpointUpdateInput!) {\n    alertEndpointUpdate(input: $input) {\n      endpoint {\n        ...TestAlertEndpointFields\n      }\n    }\n  }\n": typeof types.TestAlertEndpointUpdateDocument,
    "\n  mutation TestAlertEndpointRemove($input: AlertEndpointRemoveInput!) {\n    alertEndpointRemove(input: $input) {\n      removedId\n    }\n  }\n": typeof types.TestAlertEndpointRemoveDocument,
    "\n  mutation TestAlertEndpointTest($input: AlertEndpointTestInput!) {\n    alertEndpointTest(input: $input) {\n      delivery {\n        ...TestAlertDeliveryFields\n      }\n    }\n  }\n": typeof types.TestAlertEndpointTestDocument,
    "\n  query TestAlertEndpoints($first: Int, $after: String) {\n    alertEndpoints(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...TestAlertEndpointFields\n        }\n      }\n    }\n  }\n": typeof types.TestAlertEndpointsDocument,
    "\n  query TestAlertDeliveries($first: Int, $after: String, $filter: AlertDeliveryFilter) {\n    alertDeliveries(first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...TestAlertDeliveryFields\n        }\n      }\n    }\n  }\n": typeof types.TestAlertDeliveriesDocument,
    "\n  mutation MatrixRecord($input: ResponseRecordInput!) {\n    responseRecord(input: $input) {\n      contact {\n        id\n      }\n    }\n  }\n": typeof types.MatrixRecordDocument,
    "\n  mutation MatrixUpsert($input: ContactUpsertInput!) {\n    contactUpsert(input: $input) {\n      contact {\n        id\n      }\n    }\n  }\n": typeof types.MatrixUpsertDocument,
    "\n  mutation MatrixFollowUp($input: FollowUpCreateInput!) {\n    followUpCreate(input: $input) {\n      followUp {\n        id\n      }\n    }\n  }\n": typeof types.MatrixFollowUpDocument,
    "\n  mutation MatrixEndpoint($input: AlertEndpointAddInput!) {\n    alertEndpointAdd(input: $input) {\n      endpoint {\n        id\n      }\n    }\n  }\n": typeof types.MatrixEndpointDocument,
    "\n  mutation MatrixEndpointTest($input: AlertEndpointTestInput!) {\n    alertEndpointTest(input: $input) {\n      delivery {\n        id\n      }\n    }\n  }\n": typeof types.MatrixEndpointTestDocument,
    "\n  mutation MatrixKey($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n": typeof types.MatrixKeyDocument,
    "\n  mutation MatrixSecret($input: WebhookSecretAddInput!) {\n    webhookSecretAdd(input: $input) {\n      secret\n      webhookSecret {\n        id\n      }\n    }\n  }\n": typeof types.MatrixSecretDocument,
    "\n  fragment TestFollowUpFields on FollowUp {\n    id\n    kind\n    title\n    status\n    assigneeId\n    dueAt\n    overdue\n    note\n    outcome\n    dismissReason\n    createdBy\n    closedBy\n    closedAt\n    contact {\n      id\n    }\n    response {\n      id\n      score\n    }\n  }\n": typeof types.TestFollowUpFieldsFragmentDoc,
    "\n  mutation TestFollowUpCreate($input: FollowUpCreateInput!) {\n    followUpCreate(input: $input) {\n      followUp {\n        ...TestFollowUpFields\n      }\n    }\n  }\n": typeof types.TestFollowUpCreateDocument,
    "\n  mutation TestFollowUpAssign($input: FollowUpAssignInput!) {\n    followUpAssign(input: $input) {\n      followUp {\n        ...TestFollowUpFields\n      }\n    }\n  }\n": typeof types.TestFollowUpAssignDocument,
    "\n  mutation TestFollowUpComplete($input: FollowUpCompleteInput!) {\n    followUpComplete(input: $input) {\n      errors {\n        field\n        message\n      }\n      followUp {\n        ...TestFollowUpFields\n      }\n    }\n  }\n": typeof types.TestFollowUpCompleteDocument,
    "\n  mutation TestFollowUpDismiss($input: FollowUpDismissInput!) {\n    followUpDismiss(input: $input) {\n      errors {\n        field\n        message\n      }\n      followUp {\n        ...TestFollowUpFields\n      }\n    }\n  }\n": typeof types.TestFollowUpDismissDocument,
    "\n  mutation TestRecommendedActionComplete($input: RecommendedActionCompleteInput!) {\n    recommendedActionComplete(input: $input) {\n      errors {\n        field\n        message\n      }\n      followUp {\n        ...TestFollowUpFields\n      }\n      contact {\n        id\n        recommendedActions {\n          kind\n        }\n      }\n    }\n  }\n": typeof types.TestRecommendedActionCompleteDocument,
    "\n  mutation TestRecommendedActionDismiss($input: RecommendedActionDismissInput!) {\n    recommendedActionDismiss(input: $input) {\n      errors {\n        field\n        message\n      }\n      followUp {\n        ...TestFollowUpFields\n      }\n      contact {\n        id\n        recommendedActions {\n          kind\n        }\n      }\n    }\n  }\n": typeof types.TestRecommendedActionDismissDocument,
    "\n  query TestFollowUps($first: Int, $after: String, $filter: FollowUpFilter) {\n    followUps(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...TestFollowUpFields\n        }\n      }\n    }\n  }\n": typeof types.TestFollowUpsDocument,
    "\n  query TestContactLoop($id: ID!) {\n    contact(id: $id) {\n      id\n      recommendedActions {\n        kind\n        title\n        priority\n        dueAt\n        reason\n        script\n      }\n      followUps(first: 50) {\n        totalCount\n        edges {\n          node {\n            ...TestFollowUpFields\n          }\n        }\n      }\n      surveyEligibility {\n        eligible\n        nextEligibleAt\n        reasons {\n          blocker\n          message\n          until\n        }\n      }\n    }\n  }\n": typeof types.TestContactLoopDocument,
    "\n  mutation CredentialProbe($input: ResponseRecordInput!) {\n    responseRecord(input: $input) {\n      duplicate\n    }\n  }\n": typeof types.CredentialProbeDocument,
    "\n  mutation HostPagesEmbedOriginsSet($input: EmbedSettingsUpdateInput!) {\n    embedSettingsUpdate(input: $input) {\n      embedSettings {\n        origins\n      }\n    }\n  }\n": typeof types.HostPagesEmbedOriginsSetDocument,
    "\n  fragment TestContactFields on Contact {\n    id\n    externalId\n    email\n    name\n    company\n    plan\n    region\n    tags\n    accountValue\n    signedUpAt\n    loyalty {\n      category\n      latestScore\n      latestComment\n      answeredAt\n      previousCategory\n      previousScore\n      movement\n      responseCount\n    }\n  }\n": typeof types.TestContactFieldsFragmentDoc,
    "\n  mutation TestResponseRecord($input: ResponseRecordInput!) {\n    responseRecord(input: $input) {\n      duplicate\n      response {\n        id\n        metric\n        score\n        scaleMax\n        category\n        comment\n        answeredAt\n        source\n        sourceId\n      }\n      contact {\n        ...TestContactFields\n      }\n    }\n  }\n": typeof types.TestResponseRecordDocument,
    "\n  mutation TestContactUpsert($input: ContactUpsertInput!) {\n    contactUpsert(input: $input) {\n      created\n      contact {\n        ...TestContactFields\n      }\n    }\n  }\n": typeof types.TestContactUpsertDocument,
    "\n  query TestContact($id: ID, $externalId: String, $email: String, $first: Int, $after: String) {\n    contact(id: $id, externalId: $externalId, email: $email) {\n      ...TestContactFields\n      responses(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            score\n            category\n            answeredAt\n            sourceId\n          }\n        }\n      }\n      recommendedActions {\n        kind\n        title\n        script\n        priority\n        dueAt\n        reason\n      }\n    }\n  }\n": typeof types.TestContactDocument,
    "\n  query TestContacts($first: Int, $after: String, $filter: ContactFilter) {\n    contacts(first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          externalId\n          loyalty {\n            category\n          }\n        }\n      }\n    }\n  }\n": typeof types.TestContactsDocument,
    "\n  query TestViewer {\n    viewer {\n      userId\n      role\n      workspace {\n        id\n        name\n      }\n      canReadContacts\n      canWriteContacts\n      canRecordResponses\n    }\n  }\n": typeof types.TestViewerDocument,
    "\n  query BenchPanelContact($externalId: String) {\n    contact(externalId: $externalId) {\n      id\n      name\n      loyalty {\n        category\n        latestScore\n        latestComment\n        answeredAt\n        previousCategory\n        movement\n        responseCount\n      }\n      responses(first: 20, metric: NPS) {\n        edges {\n          node {\n            id\n            score\n            comment\n            answeredAt\n          }\n        }\n      }\n      recommendedActions {\n        kind\n        title\n        script\n        priority\n        dueAt\n        reason\n      }\n    }\n  }\n": typeof types.BenchPanelContactDocument,
    "\n  fragment TestWebhookSecretFields on WebhookSecret {\n    id\n    provider\n    label\n    fingerprint\n    endpointPath\n    active\n    rotatedFromId\n    createdBy\n    createdAt\n    lastUsedAt\n    revokedAt\n    revokedBy\n  }\n": typeof types.TestWebhookSecretFieldsFragmentDoc,
    "\n  mutation TestWebhookSecretAdd($input: WebhookSecretAddInput!) {\n    webhookSecretAdd(input: $input) {\n      secret\n      webhookSecret {\n        ...TestWebhookSecretFields\n      }\n    }\n  }\n": typeof types.TestWebhookSecretAddDocument,
    "\n  mutation TestWebhookSecretRotate($input: WebhookSecretRotateInput!) {\n    webhookSecretRotate(input: $input) {\n      secret\n      webhookSecret {\n        ...TestWebhookSecretFields\n      }\n      previous {\n        ...TestWebhookSecretFields\n      }\n    }\n  }\n": typeof types.TestWebhookSecretRotateDocument,
    "\n  mutation TestWebhookSecretRevoke($input: WebhookSecretRevokeInput!) {\n    webhookSecretRevoke(input: $input) {\n      webhookSecret {\n        ...TestWebhookSecretFields\n      }\n    }\n  }\n": typeof types.TestWebhookSecretRevokeDocument,
    "\n  query TestWebhookSecrets($first: Int, $after: String, $includeRevoked: Boolean) {\n    webhookSecrets(first: $first, after: $after, includeRevoked: $includeRevoked) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TestWebhookSecretFields\n        }\n      }\n    }\n  }\n": typeof types.TestWebhookSecretsDocument,
    "\n  mutation E2eZendeskEmbedSettingsSet($input: ZendeskEmbedSettingsSetInput!) {\n    zendeskEmbedSettingsSet(input: $input) {\n      zendesk {\n        sharedSecretFingerprint\n      }\n    }\n  }\n": typeof types.E2eZendeskEmbedSettingsSetDocument,
    "\n  query TestSurveyCandidates($metric: SurveyMetric!, $first: Int, $after: String, $filter: SurveyCandidateFilter) {\n    surveyCandidates(metric: $metric, first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          eligibleSince\n          contact {\n            id\n            externalId\n          }\n        }\n      }\n    }\n  }\n": typeof types.TestSurveyCandidatesDocument,
    "\n  mutation TestSurveySent($input: SurveySentInput!) {\n    surveySent(input: $input) {\n      contact {\n        externalId\n        surveyEligibility(metric: NPS) {\n          eligible\n        }\n      }\n      surveyActivity {\n        metric\n        lastSentAt\n        lastAnsweredAt\n      }\n    }\n  }\n": typeof types.TestSurveySentDocument,
    "\n  mutation SurveyCandidatesPolicyUpdate($input: SurveyPolicyUpdateInput!) {\n    surveyPolicyUpdate(input: $input) {\n      surveyPolicy {\n        minDaysAfterSignup\n      }\n    }\n  }\n": typeof types.SurveyCandidatesPolicyUpdateDocument,
    "\n  query TestContactSurveys($externalId: String) {\n    contact(externalId: $externalId) {\n      surveyActivity {\n        metric\n        lastSentAt\n        lastAnsweredAt\n      }\n    }\n  }\n": typeof types.TestContactSurveysDocument,
    "\n        query SurveyCandidatesInRecovery {\n          contact(externalId: \"in-recovery\") {\n            id\n          }\n        }\n      ": typeof types.SurveyCandidatesInRecoveryDocument,
    "\n  query TestWorkspace {\n    workspace {\n      id\n      name\n      state\n      disabledAt\n      createdAt\n    }\n  }\n": typeof types.TestWorkspaceDocument,
    "\n  mutation TestWorkspaceUpdate($input: WorkspaceUpdateInput!) {\n    workspaceUpdate(input: $input) {\n      workspace {\n        id\n        name\n        state\n      }\n    }\n  }\n": typeof types.TestWorkspaceUpdateDocument,
};
const documents: Documents = {
    "\n  query TestAlertsViewer {\n    viewer {\n      canManageAlerts\n    }\n  }\n": types.TestAlertsViewerDocument,
    "\n  mutation TestApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        role\n        prefix\n        active\n        createdBy\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n": types.TestApiKeyCreateDocument,
    "\n  query TestApiKeys($first: Int, $after: String, $includeRevoked: Boolean) {\n    apiKeys(first: $first, after: $after, includeRevoked: $includeRevoked) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          role\n          prefix\n          active\n          createdBy\n          createdAt\n          lastUsedAt\n          revokedAt\n          revokedBy\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.TestApiKeysDocument,
    "\n  mutation TestApiKeyRevoke($input: ApiKeyRevokeInput!) {\n    apiKeyRevoke(input: $input) {\n      apiKey {\n        id\n        active\n        revokedAt\n        revokedBy\n      }\n    }\n  }\n": types.TestApiKeyRevokeDocument,
    "\n        query TestIntegrationKeyReadsContact {\n          contact(externalId: \"zd-integration-1\") {\n            id\n          }\n        }\n      ": types.TestIntegrationKeyReadsContactDocument,
    "\n        query TestIntegrationKeyReadsApiKeys {\n          apiKeys {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": types.TestIntegrationKeyReadsApiKeysDocument,
    "\n        query TestIntegrationKeyReadsWorkspace {\n          workspace {\n            id\n          }\n        }\n      ": types.TestIntegrationKeyReadsWorkspaceDocument,
    "\n        query Health {\n          health\n        }\n      ": types.HealthDocument,
    "\n  mutation TestContactErase($input: ContactEraseInput!) {\n    contactErase(input: $input) {\n      erasure {\n        id\n        contactId\n        requestedBy\n        requestedAt\n        finishedAt\n        status\n        note\n        removedResponses\n        removedFollowUps\n        removedAlertDeliveries\n        removedRecoveryLinks\n      }\n    }\n  }\n": types.TestContactEraseDocument,
    "\n  mutation DataRightsSurveySent($input: SurveySentInput!) {\n    surveySent(input: $input) {\n      contact {\n        id\n      }\n    }\n  }\n": types.DataRightsSurveySentDocument,
    "\n        query TestContactErasures {\n          contactErasures(first: 100) {\n            contactId\n            status\n            requestedBy\n          }\n        }\n      ": types.TestContactErasuresDocument,
    "\n        query TestContactErasureIds {\n          contactErasures {\n            id\n          }\n        }\n      ": types.TestContactErasureIdsDocument,
    "\n        query SalesCandidatesSeeded {\n          salesCandidates(first: 20) {\n            edges {\n              node {\n                contact {\n                  id\n                }\n              }\n            }\n          }\n        }\n      ": types.SalesCandidatesSeededDocument,
    "\n          query TestDemoSessionViewer {\n            viewer {\n              userId\n              role\n              workspace {\n                id\n              }\n            }\n          }\n        ": types.TestDemoSessionViewerDocument,
    "\n          query TestDemoPeople {\n            people(first: 10) {\n              edges {\n                node {\n                  id\n                  displayName\n                  role\n                }\n              }\n            }\n          }\n        ": types.TestDemoPeopleDocument,
    "\n  mutation E2eChatwootEmbedSettingsSet($input: ChatwootEmbedSettingsSetInput!) {\n    chatwootEmbedSettingsSet(input: $input) {\n      chatwoot {\n        baseUrl\n      }\n    }\n  }\n": types.E2eChatwootEmbedSettingsSetDocument,
    "\n  query E2eFollowUps($filter: FollowUpFilter) {\n    followUps(first: 20, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          title\n          status\n          outcome\n          dismissReason\n          closedBy\n          closedByPerson {\n            displayName\n          }\n          closedAt\n          createdBy\n        }\n      }\n    }\n  }\n": types.E2eFollowUpsDocument,
    "\n  query E2eContactState($externalId: String) {\n    contact(externalId: $externalId) {\n      id\n      recommendedActions {\n        kind\n      }\n      followUps(first: 20) {\n        totalCount\n      }\n    }\n  }\n": types.E2eContactStateDocument,
    "\n  mutation E2eRecommendedActionComplete($input: RecommendedActionCompleteInput!) {\n    recommendedActionComplete(input: $input) {\n      followUp {\n        id\n        status\n      }\n    }\n  }\n": types.E2eRecommendedActionCompleteDocument,
    "\n  mutation E2eRecommendedActionDismiss($input: RecommendedActionDismissInput!) {\n    recommendedActionDismiss(input: $input) {\n      followUp {\n        id\n      }\n    }\n  }\n": types.E2eRecommendedActionDismissDocument,
    "\n  mutation E2eFollowUpCreate($input: FollowUpCreateInput!) {\n    followUpCreate(input: $input) {\n      followUp {\n        id\n      }\n    }\n  }\n": types.E2eFollowUpCreateDocument,
    "\n        query E2eReportSessionViewer {\n          viewer {\n            role\n            canReadReports\n          }\n        }\n      ": types.E2eReportSessionViewerDocument,
    "\n  query E2eSalesFollowUps($filter: FollowUpFilter) {\n    followUps(first: 20, filter: $filter) {\n      edges {\n        node {\n          kind\n          status\n          outcome\n          closedBy\n        }\n      }\n    }\n  }\n": types.E2eSalesFollowUpsDocument,
    "\n        query E2eSalesSessionViewer {\n          viewer {\n            role\n            canWorkSalesCandidates\n            canManageFollowUps\n          }\n        }\n      ": types.E2eSalesSessionViewerDocument,
    "\n  query TestEmbedSettings {\n    embedSettings {\n      origins\n    }\n  }\n": types.TestEmbedSettingsDocument,
    "\n  mutation TestEmbedSettingsUpdate($origins: [String!]!) {\n    embedSettingsUpdate(input: { origins: $origins }) {\n      embedSettings {\n        origins\n      }\n    }\n  }\n": types.TestEmbedSettingsUpdateDocument,
    "\n  mutation TestZendeskEmbedSettingsSet($input: ZendeskEmbedSettingsSetInput!) {\n    zendeskEmbedSettingsSet(input: $input) {\n      sharedSecret\n      zendesk {\n        sharedSecretFingerprint\n        pagePath\n        updatedBy\n      }\n    }\n  }\n": types.TestZendeskEmbedSettingsSetDocument,
    "\n  mutation TestChatwootEmbedSettingsSet($input: ChatwootEmbedSettingsSetInput!) {\n    chatwootEmbedSettingsSet(input: $input) {\n      chatwoot {\n        baseUrl\n        accountId\n        pagePath\n      }\n    }\n  }\n": types.TestChatwootEmbedSettingsSetDocument,
    "\n  mutation TestEmbedHostRemove($input: EmbedHostRemoveInput!) {\n    embedHostRemove(input: $input) {\n      embedHostSettings {\n        zendesk {\n          sharedSecretFingerprint\n        }\n        chatwoot {\n          baseUrl\n        }\n      }\n    }\n  }\n": types.TestEmbedHostRemoveDocument,
    "\n  query TestEmbedHostSettings {\n    embedHostSettings {\n      zendesk {\n        sharedSecretFingerprint\n      }\n      chatwoot {\n        baseUrl\n        accountId\n      }\n    }\n  }\n": types.TestEmbedHostSettingsDocument,
    "\n  mutation TestEmbedOriginsSet($input: EmbedSettingsUpdateInput!) {\n    embedSettingsUpdate(input: $input) {\n      embedSettings {\n        origins\n      }\n    }\n  }\n": types.TestEmbedOriginsSetDocument,
    "\n  query TestPanelViewer {\n    viewer {\n      userId\n      role\n      workspace {\n        id\n      }\n    }\n  }\n": types.TestPanelViewerDocument,
    "\n  mutation TestEmbedContactUpsert($input: ContactUpsertInput!) {\n    contactUpsert(input: $input) {\n      contact {\n        id\n      }\n    }\n  }\n": types.TestEmbedContactUpsertDocument,
    "\n  mutation TestEmbedFollowUpCreate($input: FollowUpCreateInput!) {\n    followUpCreate(input: $input) {\n      followUp {\n        id\n        ticketId\n      }\n    }\n  }\n": types.TestEmbedFollowUpCreateDocument,
    "\n  mutation FaultsRecord($input: ResponseRecordInput!) {\n    responseRecord(input: $input) {\n      duplicate\n      response {\n        id\n        sourceId\n      }\n      contact {\n        id\n        loyalty {\n          responseCount\n        }\n      }\n    }\n  }\n": types.FaultsRecordDocument,
    "\n  query FaultsContact($externalId: String!) {\n    contact(externalId: $externalId) {\n      id\n      loyalty {\n        responseCount\n      }\n    }\n  }\n": types.FaultsContactDocument,
    "\n  query HealthContact {\n    contact(externalId: \"health-1\") {\n      id\n    }\n  }\n": types.HealthContactDocument,
    "\n  query HttpErrorsSalesCandidatesPage($after: String) {\n    salesCandidates(first: 5, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n": types.HttpErrorsSalesCandidatesPageDocument,
    "\n  query HttpErrorsOverdueFollowUpsPage($after: String) {\n    followUps(first: 5, after: $after, filter: { overdue: true }) {\n      edges {\n        cursor\n      }\n    }\n  }\n": types.HttpErrorsOverdueFollowUpsPageDocument,
    "\n  query HttpErrorsAlertDeliveriesPage($after: String) {\n    alertDeliveries(first: 5, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n": types.HttpErrorsAlertDeliveriesPageDocument,
    "\n  query HttpErrorsContactsPage($after: String) {\n    contacts(first: 5, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n": types.HttpErrorsContactsPageDocument,
    "\n        query HttpErrorsContactAfterGet {\n          contact(externalId: \"get-mutation-1\") {\n            id\n          }\n        }\n      ": types.HttpErrorsContactAfterGetDocument,
    "\n    mutation SizePlaybookUpdate($input: PlaybookUpdateInput!) {\n      playbookUpdate(input: $input) {\n        errors {\n          field\n          message\n        }\n        playbook {\n          isDefault\n        }\n      }\n    }\n  ": types.SizePlaybookUpdateDocument,
    "\n    mutation SizeSurveyPolicyUpdate($input: SurveyPolicyUpdateInput!) {\n      surveyPolicyUpdate(input: $input) {\n        errors {\n          field\n          message\n        }\n        surveyPolicy {\n          minDaysAfterSignup\n        }\n      }\n    }\n  ": types.SizeSurveyPolicyUpdateDocument,
    "\n    mutation SizeWebhookSecretAdd($input: WebhookSecretAddInput!) {\n      webhookSecretAdd(input: $input) {\n        secret\n      }\n    }\n  ": types.SizeWebhookSecretAddDocument,
    "\n    query SizeCandidates($filter: SurveyCandidateFilter) {\n      surveyCandidates(metric: NPS, first: 1, filter: $filter) {\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  ": types.SizeCandidatesDocument,
    "\n  subscription TestContactActivity($id: ID!) {\n    contactActivity(id: $id) {\n      contactId\n      kind\n      at\n    }\n  }\n": types.TestContactActivityDocument,
    "\n  query PeopleViewer {\n    viewer {\n      userId\n    }\n  }\n": types.PeopleViewerDocument,
    "\n  query PeopleList($first: Int, $after: String, $assignable: Boolean) {\n    people(first: $first, after: $after, assignable: $assignable) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          displayName\n          role\n          lastSeenAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PeopleListDocument,
    "\n  fragment PeopleFollowUpPeople on FollowUp {\n    id\n    assigneeId\n    assignee {\n      id\n      name\n      displayName\n    }\n    createdBy\n    createdByPerson {\n      id\n      displayName\n    }\n    closedBy\n    closedByPerson {\n      id\n      displayName\n    }\n  }\n": types.PeopleFollowUpPeopleFragmentDoc,
    "\n  mutation PeopleFollowUpCreate($input: FollowUpCreateInput!) {\n    followUpCreate(input: $input) {\n      followUp {\n        ...PeopleFollowUpPeople\n      }\n    }\n  }\n": types.PeopleFollowUpCreateDocument,
    "\n  mutation PeopleFollowUpAssign($input: FollowUpAssignInput!) {\n    followUpAssign(input: $input) {\n      followUp {\n        ...PeopleFollowUpPeople\n      }\n    }\n  }\n": types.PeopleFollowUpAssignDocument,
    "\n  mutation PeopleFollowUpComplete($input: FollowUpCompleteInput!) {\n    followUpComplete(input: $input) {\n      followUp {\n        ...PeopleFollowUpPeople\n      }\n    }\n  }\n": types.PeopleFollowUpCompleteDocument,
    "\n  query PeopleFollowUps {\n    followUps(first: 50) {\n      edges {\n        node {\n          ...PeopleFollowUpPeople\n        }\n      }\n    }\n  }\n": types.PeopleFollowUpsDocument,
    "\n  mutation PeopleApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n": types.PeopleApiKeyCreateDocument,
    "\n  query TestPlaybookInLocale {\n    playbook {\n      isDefault\n      rules {\n        trigger\n        actions {\n          kind\n          title\n          scriptTemplate\n        }\n      }\n    }\n  }\n": types.TestPlaybookInLocaleDocument,
    "\n  mutation TestSalesOutreachInLocale($input: SalesCandidateMarkContactedInput!) {\n    salesCandidateMarkContacted(input: $input) {\n      followUp {\n        kind\n        title\n      }\n    }\n  }\n": types.TestSalesOutreachInLocaleDocument,
    "\n  mutation TestPlaybookUpdateInLocale($input: PlaybookUpdateInput!) {\n    playbookUpdate(input: $input) {\n      errors {\n        message\n      }\n      playbook {\n        isDefault\n      }\n    }\n  }\n": types.TestPlaybookUpdateInLocaleDocument,
    "\n  fragment QueryCountContactRow on Contact {\n    id\n    name\n    loyalty {\n      category\n      latestScore\n      answeredAt\n    }\n    recommendedActions {\n      kind\n    }\n    surveyEligibility {\n      eligible\n      reasons {\n        blocker\n      }\n    }\n    openFollowUps: followUps(status: OPEN, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n        }\n      }\n    }\n  }\n": types.QueryCountContactRowFragmentDoc,
    "\n  query QueryCountFollowUps($first: Int!) {\n    followUps(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          status\n          overdue\n          contact {\n            ...QueryCountContactRow\n          }\n          response {\n            id\n            score\n          }\n        }\n      }\n    }\n  }\n": types.QueryCountFollowUpsDocument,
    "\n  query QueryCountSalesCandidates($first: Int!) {\n    salesCandidates(first: $first) {\n      edges {\n        node {\n          reason\n          contact {\n            ...QueryCountContactRow\n          }\n        }\n      }\n    }\n  }\n": types.QueryCountSalesCandidatesDocument,
    "\n  query QueryCountFollowUpPeople($first: Int!) {\n    followUps(first: $first) {\n      edges {\n        node {\n          id\n          assignee {\n            displayName\n          }\n          createdByPerson {\n            displayName\n          }\n          closedByPerson {\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.QueryCountFollowUpPeopleDocument,
    "\n  mutation QueryCountAssignThenComplete($id: ID!) {\n    assigned: followUpAssign(input: { id: $id, assigneeId: \"agent-7\" }) {\n      followUp {\n        contact {\n          openFollowUps: followUps(status: OPEN, first: 20) {\n            totalCount\n          }\n        }\n      }\n    }\n    completed: followUpComplete(input: { id: $id, outcome: \"Asked what went wrong\" }) {\n      followUp {\n        contact {\n          openFollowUps: followUps(status: OPEN, first: 20) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n": types.QueryCountAssignThenCompleteDocument,
    "\n  query TestClosedLoopReport($input: NpsReportInput!) {\n    npsReport(input: $input) {\n      closedLoop {\n        followUps {\n          opened\n          done\n          dismissed\n          open\n          overdue\n          medianHoursToClose\n          closedWithinDeadlineShare\n        }\n      }\n    }\n  }\n": types.TestClosedLoopReportDocument,
    "\n  fragment TestNpsFigureFields on NpsFigure {\n    responses\n    promoters\n    passives\n    detractors\n    nps\n    marginOfError\n    adjustedNps\n    adjustedMarginOfError\n    lowSample\n  }\n": types.TestNpsFigureFieldsFragmentDoc,
    "\n  query TestNpsReportSummary($input: NpsReportInput!) {\n    npsReport(input: $input) {\n      id\n      start\n      end\n      timeZone\n      granularity\n      overall {\n        ...TestNpsFigureFields\n      }\n      buckets {\n        id\n        periodStart\n        start\n        end\n        partial\n        significantChangeFromPrevious\n        figure {\n          ...TestNpsFigureFields\n        }\n      }\n    }\n  }\n": types.TestNpsReportSummaryDocument,
    "\n  query TestNpsReport($input: NpsReportInput!, $first: Int, $after: String) {\n    npsReport(input: $input) {\n      id\n      start\n      end\n      overall {\n        ...TestNpsFigureFields\n      }\n      buckets {\n        periodStart\n        start\n        end\n        partial\n        significantChangeFromPrevious\n        figure {\n          ...TestNpsFigureFields\n        }\n      }\n      segments(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            dimension\n            value\n            differsFromRest\n            figure {\n              ...TestNpsFigureFields\n            }\n          }\n        }\n      }\n      distribution\n      csat {\n        responses\n        positiveShare\n        negativeShare\n        scales {\n          scaleMax\n          responses\n          average\n        }\n      }\n      ces {\n        responses\n        scales {\n          scaleMax\n          responses\n          average\n        }\n      }\n      closedLoop {\n        detractorRecovery {\n          detractors\n          answeredAgain\n          recovered\n          recoveryRate\n        }\n      }\n    }\n  }\n": types.TestNpsReportDocument,
    "\n      query TestViewerReports {\n        viewer {\n          canReadReports\n          canReadReportSummary\n        }\n      }\n    ": types.TestViewerReportsDocument,
    "\n  query TestSalesCandidates($first: Int, $after: String, $filter: SalesCandidateFilter) {\n    salesCandidates(first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          reason\n          positiveCsat\n          lastContactedAt\n          contact {\n            id\n            externalId\n          }\n        }\n      }\n    }\n  }\n": types.TestSalesCandidatesDocument,
    "\n  mutation TestMarkContacted($input: SalesCandidateMarkContactedInput!) {\n    salesCandidateMarkContacted(input: $input) {\n      errors {\n        field\n        message\n      }\n      followUp {\n        kind\n        status\n        outcome\n        closedBy\n      }\n      candidate {\n        lastContactedAt\n        contact {\n          id\n        }\n      }\n    }\n  }\n": types.TestMarkContactedDocument,
    "\n        query TestSalesContactId($e: String) {\n          contact(externalId: $e) {\n            id\n          }\n        }\n      ": types.TestSalesContactIdDocument,
    "\n        query TestSalesInRecovery {\n          contact(externalId: \"in-recovery\") {\n            id\n          }\n        }\n      ": types.TestSalesInRecoveryDocument,
    "\n  query TestPlaybook {\n    playbook {\n      isDefault\n      updatedBy\n      placeholders\n      rules {\n        trigger\n        actions {\n          kind\n          title\n          scriptTemplate\n          priority\n          dueInHours\n          requiresCompany\n        }\n      }\n    }\n  }\n": types.TestPlaybookDocument,
    "\n  mutation TestPlaybookUpdate($input: PlaybookUpdateInput!) {\n    playbookUpdate(input: $input) {\n      errors {\n        field\n        message\n      }\n      playbook {\n        isDefault\n        updatedBy\n        rules {\n          trigger\n          actions {\n            kind\n            title\n            priority\n            dueInHours\n          }\n        }\n      }\n    }\n  }\n": types.TestPlaybookUpdateDocument,
    "\n  mutation TestSurveyPolicyUpdate($input: SurveyPolicyUpdateInput!) {\n    surveyPolicyUpdate(input: $input) {\n      errors {\n        field\n        message\n      }\n      surveyPolicy {\n        minDaysAfterSignup\n        minDaysBetweenSurveys\n      }\n    }\n  }\n": types.TestSurveyPolicyUpdateDocument,
    "\n  query TestSurveyPolicy {\n    surveyPolicy {\n      minDaysAfterSignup\n      minDaysBetweenSurveys\n      metrics {\n        metric\n        minDaysAfterSignup\n        minDaysBetweenSurveys\n      }\n    }\n  }\n": types.TestSurveyPolicyDocument,
    "\n  query TestMetricEligibility($id: ID!) {\n    contact(id: $id) {\n      nps: surveyEligibility {\n        eligible\n        reasons {\n          blocker\n          message\n        }\n      }\n      csat: surveyEligibility(metric: CSAT) {\n        eligible\n        reasons {\n          blocker\n          message\n        }\n      }\n    }\n  }\n": types.TestMetricEligibilityDocument,
    "\n        mutation TestPlaybookReset {\n          playbookReset {\n            playbook {\n              isDefault\n            }\n          }\n        }\n      ": types.TestPlaybookResetDocument,
    "\n  fragment TestAlertEndpointFields on AlertEndpoint {\n    id\n    kind\n    name\n    url\n    events\n    enabled\n    createdBy\n  }\n": types.TestAlertEndpointFieldsFragmentDoc,
    "\n  fragment TestAlertDeliveryFields on AlertDelivery {\n    id\n    event\n    subjectId\n    status\n    attempts\n    nextAttemptAt\n    lastAttemptAt\n    lastStatusCode\n    lastError\n    sentAt\n    createdAt\n    endpoint {\n      id\n      name\n    }\n  }\n": types.TestAlertDeliveryFieldsFragmentDoc,
    "\n  mutation TestAlertEndpointAdd($input: AlertEndpointAddInput!) {\n    alertEndpointAdd(input: $input) {\n      signingSecret\n      endpoint {\n        ...TestAlertEndpointFields\n      }\n    }\n  }\n": types.TestAlertEndpointAddDocument,
    "\n  mutation TestAlertEndpointUpdate($input: AlertEndpointUpdateInput!) {\n    alertEndpointUpdate(input: $input) {\n      endpoint {\n        ...TestAlertEndpointFields\n      }\n    }\n  }\n": types.TestAlertEndpointUpdateDocument,
    "\n  mutation TestAlertEndpointRemove($input: AlertEndpointRemoveInput!) {\n    alertEndpointRemove(input: $input) {\n      removedId\n    }\n  }\n": types.TestAlertEndpointRemoveDocument,
    "\n  mutation TestAlertEndpointTest($input: AlertEndpointTestInput!) {\n    alertEndpointTest(input: $input) {\n      delivery {\n        ...TestAlertDeliveryFields\n      }\n    }\n  }\n": types.TestAlertEndpointTestDocument,
    "\n  query TestAlertEndpoints($first: Int, $after: String) {\n    alertEndpoints(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...TestAlertEndpointFields\n        }\n      }\n    }\n  }\n": types.TestAlertEndpointsDocument,
    "\n  query TestAlertDeliveries($first: Int, $after: String, $filter: AlertDeliveryFilter) {\n    alertDeliveries(first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...TestAlertDeliveryFields\n        }\n      }\n    }\n  }\n": types.TestAlertDeliveriesDocument,
    "\n  mutation MatrixRecord($input: ResponseRecordInput!) {\n    responseRecord(input: $input) {\n      contact {\n        id\n      }\n    }\n  }\n": types.MatrixRecordDocument,
    "\n  mutation MatrixUpsert($input: ContactUpsertInput!) {\n    contactUpsert(input: $input) {\n      contact {\n        id\n      }\n    }\n  }\n": types.MatrixUpsertDocument,
    "\n  mutation MatrixFollowUp($input: FollowUpCreateInput!) {\n    followUpCreate(input: $input) {\n      followUp {\n        id\n      }\n    }\n  }\n": types.MatrixFollowUpDocument,
    "\n  mutation MatrixEndpoint($input: AlertEndpointAddInput!) {\n    alertEndpointAdd(input: $input) {\n      endpoint {\n        id\n      }\n    }\n  }\n": types.MatrixEndpointDocument,
    "\n  mutation MatrixEndpointTest($input: AlertEndpointTestInput!) {\n    alertEndpointTest(input: $input) {\n      delivery {\n        id\n      }\n    }\n  }\n": types.MatrixEndpointTestDocument,
    "\n  mutation MatrixKey($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n": types.MatrixKeyDocument,
    "\n  mutation MatrixSecret($input: WebhookSecretAddInput!) {\n    webhookSecretAdd(input: $input) {\n      secret\n      webhookSecret {\n        id\n      }\n    }\n  }\n": types.MatrixSecretDocument,
    "\n  fragment TestFollowUpFields on FollowUp {\n    id\n    kind\n    title\n    status\n    assigneeId\n    dueAt\n    overdue\n    note\n    outcome\n    dismissReason\n    createdBy\n    closedBy\n    closedAt\n    contact {\n      id\n    }\n    response {\n      id\n      score\n    }\n  }\n": types.TestFollowUpFieldsFragmentDoc,
    "\n  mutation TestFollowUpCreate($input: FollowUpCreateInput!) {\n    followUpCreate(input: $input) {\n      followUp {\n        ...TestFollowUpFields\n      }\n    }\n  }\n": types.TestFollowUpCreateDocument,
    "\n  mutation TestFollowUpAssign($input: FollowUpAssignInput!) {\n    followUpAssign(input: $input) {\n      followUp {\n        ...TestFollowUpFields\n      }\n    }\n  }\n": types.TestFollowUpAssignDocument,
    "\n  mutation TestFollowUpComplete($input: FollowUpCompleteInput!) {\n    followUpComplete(input: $input) {\n      errors {\n        field\n        message\n      }\n      followUp {\n        ...TestFollowUpFields\n      }\n    }\n  }\n": types.TestFollowUpCompleteDocument,
    "\n  mutation TestFollowUpDismiss($input: FollowUpDismissInput!) {\n    followUpDismiss(input: $input) {\n      errors {\n        field\n        message\n      }\n      followUp {\n        ...TestFollowUpFields\n      }\n    }\n  }\n": types.TestFollowUpDismissDocument,
    "\n  mutation TestRecommendedActionComplete($input: RecommendedActionCompleteInput!) {\n    recommendedActionComplete(input: $input) {\n      errors {\n        field\n        message\n      }\n      followUp {\n        ...TestFollowUpFields\n      }\n      contact {\n        id\n        recommendedActions {\n          kind\n        }\n      }\n    }\n  }\n": types.TestRecommendedActionCompleteDocument,
    "\n  mutation TestRecommendedActionDismiss($input: RecommendedActionDismissInput!) {\n    recommendedActionDismiss(input: $input) {\n      errors {\n        field\n        message\n      }\n      followUp {\n        ...TestFollowUpFields\n      }\n      contact {\n        id\n        recommendedActions {\n          kind\n        }\n      }\n    }\n  }\n": types.TestRecommendedActionDismissDocument,
    "\n  query TestFollowUps($first: Int, $after: String, $filter: FollowUpFilter) {\n    followUps(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...TestFollowUpFields\n        }\n      }\n    }\n  }\n": types.TestFollowUpsDocument,
    "\n  query TestContactLoop($id: ID!) {\n    contact(id: $id) {\n      id\n      recommendedActions {\n        kind\n        title\n        priority\n        dueAt\n        reason\n        script\n      }\n      followUps(first: 50) {\n        totalCount\n        edges {\n          node {\n            ...TestFollowUpFields\n          }\n        }\n      }\n      surveyEligibility {\n        eligible\n        nextEligibleAt\n        reasons {\n          blocker\n          message\n          until\n        }\n      }\n    }\n  }\n": types.TestContactLoopDocument,
    "\n  mutation CredentialProbe($input: ResponseRecordInput!) {\n    responseRecord(input: $input) {\n      duplicate\n    }\n  }\n": types.CredentialProbeDocument,
    "\n  mutation HostPagesEmbedOriginsSet($input: EmbedSettingsUpdateInput!) {\n    embedSettingsUpdate(input: $input) {\n      embedSettings {\n        origins\n      }\n    }\n  }\n": types.HostPagesEmbedOriginsSetDocument,
    "\n  fragment TestContactFields on Contact {\n    id\n    externalId\n    email\n    name\n    company\n    plan\n    region\n    tags\n    accountValue\n    signedUpAt\n    loyalty {\n      category\n      latestScore\n      latestComment\n      answeredAt\n      previousCategory\n      previousScore\n      movement\n      responseCount\n    }\n  }\n": types.TestContactFieldsFragmentDoc,
    "\n  mutation TestResponseRecord($input: ResponseRecordInput!) {\n    responseRecord(input: $input) {\n      duplicate\n      response {\n        id\n        metric\n        score\n        scaleMax\n        category\n        comment\n        answeredAt\n        source\n        sourceId\n      }\n      contact {\n        ...TestContactFields\n      }\n    }\n  }\n": types.TestResponseRecordDocument,
    "\n  mutation TestContactUpsert($input: ContactUpsertInput!) {\n    contactUpsert(input: $input) {\n      created\n      contact {\n        ...TestContactFields\n      }\n    }\n  }\n": types.TestContactUpsertDocument,
    "\n  query TestContact($id: ID, $externalId: String, $email: String, $first: Int, $after: String) {\n    contact(id: $id, externalId: $externalId, email: $email) {\n      ...TestContactFields\n      responses(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            score\n            category\n            answeredAt\n            sourceId\n          }\n        }\n      }\n      recommendedActions {\n        kind\n        title\n        script\n        priority\n        dueAt\n        reason\n      }\n    }\n  }\n": types.TestContactDocument,
    "\n  query TestContacts($first: Int, $after: String, $filter: ContactFilter) {\n    contacts(first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          externalId\n          loyalty {\n            category\n          }\n        }\n      }\n    }\n  }\n": types.TestContactsDocument,
    "\n  query TestViewer {\n    viewer {\n      userId\n      role\n      workspace {\n        id\n        name\n      }\n      canReadContacts\n      canWriteContacts\n      canRecordResponses\n    }\n  }\n": types.TestViewerDocument,
    "\n  query BenchPanelContact($externalId: String) {\n    contact(externalId: $externalId) {\n      id\n      name\n      loyalty {\n        category\n        latestScore\n        latestComment\n        answeredAt\n        previousCategory\n        movement\n        responseCount\n      }\n      responses(first: 20, metric: NPS) {\n        edges {\n          node {\n            id\n            score\n            comment\n            answeredAt\n          }\n        }\n      }\n      recommendedActions {\n        kind\n        title\n        script\n        priority\n        dueAt\n        reason\n      }\n    }\n  }\n": types.BenchPanelContactDocument,
    "\n  fragment TestWebhookSecretFields on WebhookSecret {\n    id\n    provider\n    label\n    fingerprint\n    endpointPath\n    active\n    rotatedFromId\n    createdBy\n    createdAt\n    lastUsedAt\n    revokedAt\n    revokedBy\n  }\n": types.TestWebhookSecretFieldsFragmentDoc,
    "\n  mutation TestWebhookSecretAdd($input: WebhookSecretAddInput!) {\n    webhookSecretAdd(input: $input) {\n      secret\n      webhookSecret {\n        ...TestWebhookSecretFields\n      }\n    }\n  }\n": types.TestWebhookSecretAddDocument,
    "\n  mutation TestWebhookSecretRotate($input: WebhookSecretRotateInput!) {\n    webhookSecretRotate(input: $input) {\n      secret\n      webhookSecret {\n        ...TestWebhookSecretFields\n      }\n      previous {\n        ...TestWebhookSecretFields\n      }\n    }\n  }\n": types.TestWebhookSecretRotateDocument,
    "\n  mutation TestWebhookSecretRevoke($input: WebhookSecretRevokeInput!) {\n    webhookSecretRevoke(input: $input) {\n      webhookSecret {\n        ...TestWebhookSecretFields\n      }\n    }\n  }\n": types.TestWebhookSecretRevokeDocument,
    "\n  query TestWebhookSecrets($first: Int, $after: String, $includeRevoked: Boolean) {\n    webhookSecrets(first: $first, after: $after, includeRevoked: $includeRevoked) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TestWebhookSecretFields\n        }\n      }\n    }\n  }\n": types.TestWebhookSecretsDocument,
    "\n  mutation E2eZendeskEmbedSettingsSet($input: ZendeskEmbedSettingsSetInput!) {\n    zendeskEmbedSettingsSet(input: $input) {\n      zendesk {\n        sharedSecretFingerprint\n      }\n    }\n  }\n": types.E2eZendeskEmbedSettingsSetDocument,
    "\n  query TestSurveyCandidates($metric: SurveyMetric!, $first: Int, $after: String, $filter: SurveyCandidateFilter) {\n    surveyCandidates(metric: $metric, first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          eligibleSince\n          contact {\n            id\n            externalId\n          }\n        }\n      }\n    }\n  }\n": types.TestSurveyCandidatesDocument,
    "\n  mutation TestSurveySent($input: SurveySentInput!) {\n    surveySent(input: $input) {\n      contact {\n        externalId\n        surveyEligibility(metric: NPS) {\n          eligible\n        }\n      }\n      surveyActivity {\n        metric\n        lastSentAt\n        lastAnsweredAt\n      }\n    }\n  }\n": types.TestSurveySentDocument,
    "\n  mutation SurveyCandidatesPolicyUpdate($input: SurveyPolicyUpdateInput!) {\n    surveyPolicyUpdate(input: $input) {\n      surveyPolicy {\n        minDaysAfterSignup\n      }\n    }\n  }\n": types.SurveyCandidatesPolicyUpdateDocument,
    "\n  query TestContactSurveys($externalId: String) {\n    contact(externalId: $externalId) {\n      surveyActivity {\n        metric\n        lastSentAt\n        lastAnsweredAt\n      }\n    }\n  }\n": types.TestContactSurveysDocument,
    "\n        query SurveyCandidatesInRecovery {\n          contact(externalId: \"in-recovery\") {\n            id\n          }\n        }\n      ": types.SurveyCandidatesInRecoveryDocument,
    "\n  query TestWorkspace {\n    workspace {\n      id\n      name\n      state\n      disabledAt\n      createdAt\n    }\n  }\n": types.TestWorkspaceDocument,
    "\n  mutation TestWorkspaceUpdate($input: WorkspaceUpdateInput!) {\n    workspaceUpdate(input: $input) {\n      workspace {\n        id\n        name\n        state\n      }\n    }\n  }\n": types.TestWorkspaceUpdateDocument,
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
export function graphql(source: "\n  query TestAlertsViewer {\n    viewer {\n      canManageAlerts\n    }\n  }\n"): (typeof documents)["\n  query TestAlertsViewer {\n    viewer {\n      canManageAlerts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        role\n        prefix\n        active\n        createdBy\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        role\n        prefix\n        active\n        createdBy\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestApiKeys($first: Int, $after: String, $includeRevoked: Boolean) {\n    apiKeys(first: $first, after: $after, includeRevoked: $includeRevoked) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          role\n          prefix\n          active\n          createdBy\n          createdAt\n          lastUsedAt\n          revokedAt\n          revokedBy\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestApiKeys($first: Int, $after: String, $includeRevoked: Boolean) {\n    apiKeys(first: $first, after: $after, includeRevoked: $includeRevoked) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          role\n          prefix\n          active\n          createdBy\n          createdAt\n          lastUsedAt\n          revokedAt\n          revokedBy\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestApiKeyRevoke($input: ApiKeyRevokeInput!) {\n    apiKeyRevoke(input: $input) {\n      apiKey {\n        id\n        active\n        revokedAt\n        revokedBy\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestApiKeyRevoke($input: ApiKeyRevokeInput!) {\n    apiKeyRevoke(input: $input) {\n      apiKey {\n        id\n        active\n        revokedAt\n        revokedBy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TestIntegrationKeyReadsContact {\n          contact(externalId: \"zd-integration-1\") {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query TestIntegrationKeyReadsContact {\n          contact(externalId: \"zd-integration-1\") {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TestIntegrationKeyReadsApiKeys {\n          apiKeys {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query TestIntegrationKeyReadsApiKeys {\n          apiKeys {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TestIntegrationKeyReadsWorkspace {\n          workspace {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query TestIntegrationKeyReadsWorkspace {\n          workspace {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Health {\n          health\n        }\n      "): (typeof documents)["\n        query Health {\n          health\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestContactErase($input: ContactEraseInput!) {\n    contactErase(input: $input) {\n      erasure {\n        id\n        contactId\n        requestedBy\n        requestedAt\n        finishedAt\n        status\n        note\n        removedResponses\n        removedFollowUps\n        removedAlertDeliveries\n        removedRecoveryLinks\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestContactErase($input: ContactEraseInput!) {\n    contactErase(input: $input) {\n      erasure {\n        id\n        contactId\n        requestedBy\n        requestedAt\n        finishedAt\n        status\n        note\n        removedResponses\n        removedFollowUps\n        removedAlertDeliveries\n        removedRecoveryLinks\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DataRightsSurveySent($input: SurveySentInput!) {\n    surveySent(input: $input) {\n      contact {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DataRightsSurveySent($input: SurveySentInput!) {\n    surveySent(input: $input) {\n      contact {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TestContactErasures {\n          contactErasures(first: 100) {\n            contactId\n            status\n            requestedBy\n          }\n        }\n      "): (typeof documents)["\n        query TestContactErasures {\n          contactErasures(first: 100) {\n            contactId\n            status\n            requestedBy\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TestContactErasureIds {\n          contactErasures {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query TestContactErasureIds {\n          contactErasures {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SalesCandidatesSeeded {\n          salesCandidates(first: 20) {\n            edges {\n              node {\n                contact {\n                  id\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query SalesCandidatesSeeded {\n          salesCandidates(first: 20) {\n            edges {\n              node {\n                contact {\n                  id\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TestDemoSessionViewer {\n            viewer {\n              userId\n              role\n              workspace {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query TestDemoSessionViewer {\n            viewer {\n              userId\n              role\n              workspace {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TestDemoPeople {\n            people(first: 10) {\n              edges {\n                node {\n                  id\n                  displayName\n                  role\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query TestDemoPeople {\n            people(first: 10) {\n              edges {\n                node {\n                  id\n                  displayName\n                  role\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eChatwootEmbedSettingsSet($input: ChatwootEmbedSettingsSetInput!) {\n    chatwootEmbedSettingsSet(input: $input) {\n      chatwoot {\n        baseUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation E2eChatwootEmbedSettingsSet($input: ChatwootEmbedSettingsSetInput!) {\n    chatwootEmbedSettingsSet(input: $input) {\n      chatwoot {\n        baseUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eFollowUps($filter: FollowUpFilter) {\n    followUps(first: 20, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          title\n          status\n          outcome\n          dismissReason\n          closedBy\n          closedByPerson {\n            displayName\n          }\n          closedAt\n          createdBy\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query E2eFollowUps($filter: FollowUpFilter) {\n    followUps(first: 20, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          title\n          status\n          outcome\n          dismissReason\n          closedBy\n          closedByPerson {\n            displayName\n          }\n          closedAt\n          createdBy\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eContactState($externalId: String) {\n    contact(externalId: $externalId) {\n      id\n      recommendedActions {\n        kind\n      }\n      followUps(first: 20) {\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query E2eContactState($externalId: String) {\n    contact(externalId: $externalId) {\n      id\n      recommendedActions {\n        kind\n      }\n      followUps(first: 20) {\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eRecommendedActionComplete($input: RecommendedActionCompleteInput!) {\n    recommendedActionComplete(input: $input) {\n      followUp {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation E2eRecommendedActionComplete($input: RecommendedActionCompleteInput!) {\n    recommendedActionComplete(input: $input) {\n      followUp {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eRecommendedActionDismiss($input: RecommendedActionDismissInput!) {\n    recommendedActionDismiss(input: $input) {\n      followUp {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation E2eRecommendedActionDismiss($input: RecommendedActionDismissInput!) {\n    recommendedActionDismiss(input: $input) {\n      followUp {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eFollowUpCreate($input: FollowUpCreateInput!) {\n    followUpCreate(input: $input) {\n      followUp {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation E2eFollowUpCreate($input: FollowUpCreateInput!) {\n    followUpCreate(input: $input) {\n      followUp {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query E2eReportSessionViewer {\n          viewer {\n            role\n            canReadReports\n          }\n        }\n      "): (typeof documents)["\n        query E2eReportSessionViewer {\n          viewer {\n            role\n            canReadReports\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eSalesFollowUps($filter: FollowUpFilter) {\n    followUps(first: 20, filter: $filter) {\n      edges {\n        node {\n          kind\n          status\n          outcome\n          closedBy\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query E2eSalesFollowUps($filter: FollowUpFilter) {\n    followUps(first: 20, filter: $filter) {\n      edges {\n        node {\n          kind\n          status\n          outcome\n          closedBy\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query E2eSalesSessionViewer {\n          viewer {\n            role\n            canWorkSalesCandidates\n            canManageFollowUps\n          }\n        }\n      "): (typeof documents)["\n        query E2eSalesSessionViewer {\n          viewer {\n            role\n            canWorkSalesCandidates\n            canManageFollowUps\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestEmbedSettings {\n    embedSettings {\n      origins\n    }\n  }\n"): (typeof documents)["\n  query TestEmbedSettings {\n    embedSettings {\n      origins\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestEmbedSettingsUpdate($origins: [String!]!) {\n    embedSettingsUpdate(input: { origins: $origins }) {\n      embedSettings {\n        origins\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestEmbedSettingsUpdate($origins: [String!]!) {\n    embedSettingsUpdate(input: { origins: $origins }) {\n      embedSettings {\n        origins\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestZendeskEmbedSettingsSet($input: ZendeskEmbedSettingsSetInput!) {\n    zendeskEmbedSettingsSet(input: $input) {\n      sharedSecret\n      zendesk {\n        sharedSecretFingerprint\n        pagePath\n        updatedBy\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestZendeskEmbedSettingsSet($input: ZendeskEmbedSettingsSetInput!) {\n    zendeskEmbedSettingsSet(input: $input) {\n      sharedSecret\n      zendesk {\n        sharedSecretFingerprint\n        pagePath\n        updatedBy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestChatwootEmbedSettingsSet($input: ChatwootEmbedSettingsSetInput!) {\n    chatwootEmbedSettingsSet(input: $input) {\n      chatwoot {\n        baseUrl\n        accountId\n        pagePath\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestChatwootEmbedSettingsSet($input: ChatwootEmbedSettingsSetInput!) {\n    chatwootEmbedSettingsSet(input: $input) {\n      chatwoot {\n        baseUrl\n        accountId\n        pagePath\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestEmbedHostRemove($input: EmbedHostRemoveInput!) {\n    embedHostRemove(input: $input) {\n      embedHostSettings {\n        zendesk {\n          sharedSecretFingerprint\n        }\n        chatwoot {\n          baseUrl\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestEmbedHostRemove($input: EmbedHostRemoveInput!) {\n    embedHostRemove(input: $input) {\n      embedHostSettings {\n        zendesk {\n          sharedSecretFingerprint\n        }\n        chatwoot {\n          baseUrl\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestEmbedHostSettings {\n    embedHostSettings {\n      zendesk {\n        sharedSecretFingerprint\n      }\n      chatwoot {\n        baseUrl\n        accountId\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestEmbedHostSettings {\n    embedHostSettings {\n      zendesk {\n        sharedSecretFingerprint\n      }\n      chatwoot {\n        baseUrl\n        accountId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestEmbedOriginsSet($input: EmbedSettingsUpdateInput!) {\n    embedSettingsUpdate(input: $input) {\n      embedSettings {\n        origins\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestEmbedOriginsSet($input: EmbedSettingsUpdateInput!) {\n    embedSettingsUpdate(input: $input) {\n      embedSettings {\n        origins\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestPanelViewer {\n    viewer {\n      userId\n      role\n      workspace {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestPanelViewer {\n    viewer {\n      userId\n      role\n      workspace {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestEmbedContactUpsert($input: ContactUpsertInput!) {\n    contactUpsert(input: $input) {\n      contact {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestEmbedContactUpsert($input: ContactUpsertInput!) {\n    contactUpsert(input: $input) {\n      contact {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestEmbedFollowUpCreate($input: FollowUpCreateInput!) {\n    followUpCreate(input: $input) {\n      followUp {\n        id\n        ticketId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestEmbedFollowUpCreate($input: FollowUpCreateInput!) {\n    followUpCreate(input: $input) {\n      followUp {\n        id\n        ticketId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FaultsRecord($input: ResponseRecordInput!) {\n    responseRecord(input: $input) {\n      duplicate\n      response {\n        id\n        sourceId\n      }\n      contact {\n        id\n        loyalty {\n          responseCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FaultsRecord($input: ResponseRecordInput!) {\n    responseRecord(input: $input) {\n      duplicate\n      response {\n        id\n        sourceId\n      }\n      contact {\n        id\n        loyalty {\n          responseCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaultsContact($externalId: String!) {\n    contact(externalId: $externalId) {\n      id\n      loyalty {\n        responseCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query FaultsContact($externalId: String!) {\n    contact(externalId: $externalId) {\n      id\n      loyalty {\n        responseCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HealthContact {\n    contact(externalId: \"health-1\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  query HealthContact {\n    contact(externalId: \"health-1\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HttpErrorsSalesCandidatesPage($after: String) {\n    salesCandidates(first: 5, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query HttpErrorsSalesCandidatesPage($after: String) {\n    salesCandidates(first: 5, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HttpErrorsOverdueFollowUpsPage($after: String) {\n    followUps(first: 5, after: $after, filter: { overdue: true }) {\n      edges {\n        cursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query HttpErrorsOverdueFollowUpsPage($after: String) {\n    followUps(first: 5, after: $after, filter: { overdue: true }) {\n      edges {\n        cursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HttpErrorsAlertDeliveriesPage($after: String) {\n    alertDeliveries(first: 5, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query HttpErrorsAlertDeliveriesPage($after: String) {\n    alertDeliveries(first: 5, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HttpErrorsContactsPage($after: String) {\n    contacts(first: 5, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query HttpErrorsContactsPage($after: String) {\n    contacts(first: 5, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HttpErrorsContactAfterGet {\n          contact(externalId: \"get-mutation-1\") {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query HttpErrorsContactAfterGet {\n          contact(externalId: \"get-mutation-1\") {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SizePlaybookUpdate($input: PlaybookUpdateInput!) {\n      playbookUpdate(input: $input) {\n        errors {\n          field\n          message\n        }\n        playbook {\n          isDefault\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation SizePlaybookUpdate($input: PlaybookUpdateInput!) {\n      playbookUpdate(input: $input) {\n        errors {\n          field\n          message\n        }\n        playbook {\n          isDefault\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SizeSurveyPolicyUpdate($input: SurveyPolicyUpdateInput!) {\n      surveyPolicyUpdate(input: $input) {\n        errors {\n          field\n          message\n        }\n        surveyPolicy {\n          minDaysAfterSignup\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation SizeSurveyPolicyUpdate($input: SurveyPolicyUpdateInput!) {\n      surveyPolicyUpdate(input: $input) {\n        errors {\n          field\n          message\n        }\n        surveyPolicy {\n          minDaysAfterSignup\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SizeWebhookSecretAdd($input: WebhookSecretAddInput!) {\n      webhookSecretAdd(input: $input) {\n        secret\n      }\n    }\n  "): (typeof documents)["\n    mutation SizeWebhookSecretAdd($input: WebhookSecretAddInput!) {\n      webhookSecretAdd(input: $input) {\n        secret\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query SizeCandidates($filter: SurveyCandidateFilter) {\n      surveyCandidates(metric: NPS, first: 1, filter: $filter) {\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  "): (typeof documents)["\n    query SizeCandidates($filter: SurveyCandidateFilter) {\n      surveyCandidates(metric: NPS, first: 1, filter: $filter) {\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TestContactActivity($id: ID!) {\n    contactActivity(id: $id) {\n      contactId\n      kind\n      at\n    }\n  }\n"): (typeof documents)["\n  subscription TestContactActivity($id: ID!) {\n    contactActivity(id: $id) {\n      contactId\n      kind\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleViewer {\n    viewer {\n      userId\n    }\n  }\n"): (typeof documents)["\n  query PeopleViewer {\n    viewer {\n      userId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleList($first: Int, $after: String, $assignable: Boolean) {\n    people(first: $first, after: $after, assignable: $assignable) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          displayName\n          role\n          lastSeenAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleList($first: Int, $after: String, $assignable: Boolean) {\n    people(first: $first, after: $after, assignable: $assignable) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          displayName\n          role\n          lastSeenAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PeopleFollowUpPeople on FollowUp {\n    id\n    assigneeId\n    assignee {\n      id\n      name\n      displayName\n    }\n    createdBy\n    createdByPerson {\n      id\n      displayName\n    }\n    closedBy\n    closedByPerson {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment PeopleFollowUpPeople on FollowUp {\n    id\n    assigneeId\n    assignee {\n      id\n      name\n      displayName\n    }\n    createdBy\n    createdByPerson {\n      id\n      displayName\n    }\n    closedBy\n    closedByPerson {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleFollowUpCreate($input: FollowUpCreateInput!) {\n    followUpCreate(input: $input) {\n      followUp {\n        ...PeopleFollowUpPeople\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PeopleFollowUpCreate($input: FollowUpCreateInput!) {\n    followUpCreate(input: $input) {\n      followUp {\n        ...PeopleFollowUpPeople\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleFollowUpAssign($input: FollowUpAssignInput!) {\n    followUpAssign(input: $input) {\n      followUp {\n        ...PeopleFollowUpPeople\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PeopleFollowUpAssign($input: FollowUpAssignInput!) {\n    followUpAssign(input: $input) {\n      followUp {\n        ...PeopleFollowUpPeople\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleFollowUpComplete($input: FollowUpCompleteInput!) {\n    followUpComplete(input: $input) {\n      followUp {\n        ...PeopleFollowUpPeople\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PeopleFollowUpComplete($input: FollowUpCompleteInput!) {\n    followUpComplete(input: $input) {\n      followUp {\n        ...PeopleFollowUpPeople\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleFollowUps {\n    followUps(first: 50) {\n      edges {\n        node {\n          ...PeopleFollowUpPeople\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleFollowUps {\n    followUps(first: 50) {\n      edges {\n        node {\n          ...PeopleFollowUpPeople\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PeopleApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestPlaybookInLocale {\n    playbook {\n      isDefault\n      rules {\n        trigger\n        actions {\n          kind\n          title\n          scriptTemplate\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestPlaybookInLocale {\n    playbook {\n      isDefault\n      rules {\n        trigger\n        actions {\n          kind\n          title\n          scriptTemplate\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestSalesOutreachInLocale($input: SalesCandidateMarkContactedInput!) {\n    salesCandidateMarkContacted(input: $input) {\n      followUp {\n        kind\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestSalesOutreachInLocale($input: SalesCandidateMarkContactedInput!) {\n    salesCandidateMarkContacted(input: $input) {\n      followUp {\n        kind\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestPlaybookUpdateInLocale($input: PlaybookUpdateInput!) {\n    playbookUpdate(input: $input) {\n      errors {\n        message\n      }\n      playbook {\n        isDefault\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestPlaybookUpdateInLocale($input: PlaybookUpdateInput!) {\n    playbookUpdate(input: $input) {\n      errors {\n        message\n      }\n      playbook {\n        isDefault\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QueryCountContactRow on Contact {\n    id\n    name\n    loyalty {\n      category\n      latestScore\n      answeredAt\n    }\n    recommendedActions {\n      kind\n    }\n    surveyEligibility {\n      eligible\n      reasons {\n        blocker\n      }\n    }\n    openFollowUps: followUps(status: OPEN, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment QueryCountContactRow on Contact {\n    id\n    name\n    loyalty {\n      category\n      latestScore\n      answeredAt\n    }\n    recommendedActions {\n      kind\n    }\n    surveyEligibility {\n      eligible\n      reasons {\n        blocker\n      }\n    }\n    openFollowUps: followUps(status: OPEN, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueryCountFollowUps($first: Int!) {\n    followUps(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          status\n          overdue\n          contact {\n            ...QueryCountContactRow\n          }\n          response {\n            id\n            score\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueryCountFollowUps($first: Int!) {\n    followUps(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          status\n          overdue\n          contact {\n            ...QueryCountContactRow\n          }\n          response {\n            id\n            score\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueryCountSalesCandidates($first: Int!) {\n    salesCandidates(first: $first) {\n      edges {\n        node {\n          reason\n          contact {\n            ...QueryCountContactRow\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueryCountSalesCandidates($first: Int!) {\n    salesCandidates(first: $first) {\n      edges {\n        node {\n          reason\n          contact {\n            ...QueryCountContactRow\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueryCountFollowUpPeople($first: Int!) {\n    followUps(first: $first) {\n      edges {\n        node {\n          id\n          assignee {\n            displayName\n          }\n          createdByPerson {\n            displayName\n          }\n          closedByPerson {\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueryCountFollowUpPeople($first: Int!) {\n    followUps(first: $first) {\n      edges {\n        node {\n          id\n          assignee {\n            displayName\n          }\n          createdByPerson {\n            displayName\n          }\n          closedByPerson {\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueryCountAssignThenComplete($id: ID!) {\n    assigned: followUpAssign(input: { id: $id, assigneeId: \"agent-7\" }) {\n      followUp {\n        contact {\n          openFollowUps: followUps(status: OPEN, first: 20) {\n            totalCount\n          }\n        }\n      }\n    }\n    completed: followUpComplete(input: { id: $id, outcome: \"Asked what went wrong\" }) {\n      followUp {\n        contact {\n          openFollowUps: followUps(status: OPEN, first: 20) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation QueryCountAssignThenComplete($id: ID!) {\n    assigned: followUpAssign(input: { id: $id, assigneeId: \"agent-7\" }) {\n      followUp {\n        contact {\n          openFollowUps: followUps(status: OPEN, first: 20) {\n            totalCount\n          }\n        }\n      }\n    }\n    completed: followUpComplete(input: { id: $id, outcome: \"Asked what went wrong\" }) {\n      followUp {\n        contact {\n          openFollowUps: followUps(status: OPEN, first: 20) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestClosedLoopReport($input: NpsReportInput!) {\n    npsReport(input: $input) {\n      closedLoop {\n        followUps {\n          opened\n          done\n          dismissed\n          open\n          overdue\n          medianHoursToClose\n          closedWithinDeadlineShare\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestClosedLoopReport($input: NpsReportInput!) {\n    npsReport(input: $input) {\n      closedLoop {\n        followUps {\n          opened\n          done\n          dismissed\n          open\n          overdue\n          medianHoursToClose\n          closedWithinDeadlineShare\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TestNpsFigureFields on NpsFigure {\n    responses\n    promoters\n    passives\n    detractors\n    nps\n    marginOfError\n    adjustedNps\n    adjustedMarginOfError\n    lowSample\n  }\n"): (typeof documents)["\n  fragment TestNpsFigureFields on NpsFigure {\n    responses\n    promoters\n    passives\n    detractors\n    nps\n    marginOfError\n    adjustedNps\n    adjustedMarginOfError\n    lowSample\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestNpsReportSummary($input: NpsReportInput!) {\n    npsReport(input: $input) {\n      id\n      start\n      end\n      timeZone\n      granularity\n      overall {\n        ...TestNpsFigureFields\n      }\n      buckets {\n        id\n        periodStart\n        start\n        end\n        partial\n        significantChangeFromPrevious\n        figure {\n          ...TestNpsFigureFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestNpsReportSummary($input: NpsReportInput!) {\n    npsReport(input: $input) {\n      id\n      start\n      end\n      timeZone\n      granularity\n      overall {\n        ...TestNpsFigureFields\n      }\n      buckets {\n        id\n        periodStart\n        start\n        end\n        partial\n        significantChangeFromPrevious\n        figure {\n          ...TestNpsFigureFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestNpsReport($input: NpsReportInput!, $first: Int, $after: String) {\n    npsReport(input: $input) {\n      id\n      start\n      end\n      overall {\n        ...TestNpsFigureFields\n      }\n      buckets {\n        periodStart\n        start\n        end\n        partial\n        significantChangeFromPrevious\n        figure {\n          ...TestNpsFigureFields\n        }\n      }\n      segments(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            dimension\n            value\n            differsFromRest\n            figure {\n              ...TestNpsFigureFields\n            }\n          }\n        }\n      }\n      distribution\n      csat {\n        responses\n        positiveShare\n        negativeShare\n        scales {\n          scaleMax\n          responses\n          average\n        }\n      }\n      ces {\n        responses\n        scales {\n          scaleMax\n          responses\n          average\n        }\n      }\n      closedLoop {\n        detractorRecovery {\n          detractors\n          answeredAgain\n          recovered\n          recoveryRate\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestNpsReport($input: NpsReportInput!, $first: Int, $after: String) {\n    npsReport(input: $input) {\n      id\n      start\n      end\n      overall {\n        ...TestNpsFigureFields\n      }\n      buckets {\n        periodStart\n        start\n        end\n        partial\n        significantChangeFromPrevious\n        figure {\n          ...TestNpsFigureFields\n        }\n      }\n      segments(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            dimension\n            value\n            differsFromRest\n            figure {\n              ...TestNpsFigureFields\n            }\n          }\n        }\n      }\n      distribution\n      csat {\n        responses\n        positiveShare\n        negativeShare\n        scales {\n          scaleMax\n          responses\n          average\n        }\n      }\n      ces {\n        responses\n        scales {\n          scaleMax\n          responses\n          average\n        }\n      }\n      closedLoop {\n        detractorRecovery {\n          detractors\n          answeredAgain\n          recovered\n          recoveryRate\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query TestViewerReports {\n        viewer {\n          canReadReports\n          canReadReportSummary\n        }\n      }\n    "): (typeof documents)["\n      query TestViewerReports {\n        viewer {\n          canReadReports\n          canReadReportSummary\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestSalesCandidates($first: Int, $after: String, $filter: SalesCandidateFilter) {\n    salesCandidates(first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          reason\n          positiveCsat\n          lastContactedAt\n          contact {\n            id\n            externalId\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestSalesCandidates($first: Int, $after: String, $filter: SalesCandidateFilter) {\n    salesCandidates(first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          reason\n          positiveCsat\n          lastContactedAt\n          contact {\n            id\n            externalId\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestMarkContacted($input: SalesCandidateMarkContactedInput!) {\n    salesCandidateMarkContacted(input: $input) {\n      errors {\n        field\n        message\n      }\n      followUp {\n        kind\n        status\n        outcome\n        closedBy\n      }\n      candidate {\n        lastContactedAt\n        contact {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestMarkContacted($input: SalesCandidateMarkContactedInput!) {\n    salesCandidateMarkContacted(input: $input) {\n      errors {\n        field\n        message\n      }\n      followUp {\n        kind\n        status\n        outcome\n        closedBy\n      }\n      candidate {\n        lastContactedAt\n        contact {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TestSalesContactId($e: String) {\n          contact(externalId: $e) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query TestSalesContactId($e: String) {\n          contact(externalId: $e) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TestSalesInRecovery {\n          contact(externalId: \"in-recovery\") {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query TestSalesInRecovery {\n          contact(externalId: \"in-recovery\") {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestPlaybook {\n    playbook {\n      isDefault\n      updatedBy\n      placeholders\n      rules {\n        trigger\n        actions {\n          kind\n          title\n          scriptTemplate\n          priority\n          dueInHours\n          requiresCompany\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestPlaybook {\n    playbook {\n      isDefault\n      updatedBy\n      placeholders\n      rules {\n        trigger\n        actions {\n          kind\n          title\n          scriptTemplate\n          priority\n          dueInHours\n          requiresCompany\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestPlaybookUpdate($input: PlaybookUpdateInput!) {\n    playbookUpdate(input: $input) {\n      errors {\n        field\n        message\n      }\n      playbook {\n        isDefault\n        updatedBy\n        rules {\n          trigger\n          actions {\n            kind\n            title\n            priority\n            dueInHours\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestPlaybookUpdate($input: PlaybookUpdateInput!) {\n    playbookUpdate(input: $input) {\n      errors {\n        field\n        message\n      }\n      playbook {\n        isDefault\n        updatedBy\n        rules {\n          trigger\n          actions {\n            kind\n            title\n            priority\n            dueInHours\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestSurveyPolicyUpdate($input: SurveyPolicyUpdateInput!) {\n    surveyPolicyUpdate(input: $input) {\n      errors {\n        field\n        message\n      }\n      surveyPolicy {\n        minDaysAfterSignup\n        minDaysBetweenSurveys\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestSurveyPolicyUpdate($input: SurveyPolicyUpdateInput!) {\n    surveyPolicyUpdate(input: $input) {\n      errors {\n        field\n        message\n      }\n      surveyPolicy {\n        minDaysAfterSignup\n        minDaysBetweenSurveys\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestSurveyPolicy {\n    surveyPolicy {\n      minDaysAfterSignup\n      minDaysBetweenSurveys\n      metrics {\n        metric\n        minDaysAfterSignup\n        minDaysBetweenSurveys\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestSurveyPolicy {\n    surveyPolicy {\n      minDaysAfterSignup\n      minDaysBetweenSurveys\n      metrics {\n        metric\n        minDaysAfterSignup\n        minDaysBetweenSurveys\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestMetricEligibility($id: ID!) {\n    contact(id: $id) {\n      nps: surveyEligibility {\n        eligible\n        reasons {\n          blocker\n          message\n        }\n      }\n      csat: surveyEligibility(metric: CSAT) {\n        eligible\n        reasons {\n          blocker\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestMetricEligibility($id: ID!) {\n    contact(id: $id) {\n      nps: surveyEligibility {\n        eligible\n        reasons {\n          blocker\n          message\n        }\n      }\n      csat: surveyEligibility(metric: CSAT) {\n        eligible\n        reasons {\n          blocker\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TestPlaybookReset {\n          playbookReset {\n            playbook {\n              isDefault\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation TestPlaybookReset {\n          playbookReset {\n            playbook {\n              isDefault\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TestAlertEndpointFields on AlertEndpoint {\n    id\n    kind\n    name\n    url\n    events\n    enabled\n    createdBy\n  }\n"): (typeof documents)["\n  fragment TestAlertEndpointFields on AlertEndpoint {\n    id\n    kind\n    name\n    url\n    events\n    enabled\n    createdBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TestAlertDeliveryFields on AlertDelivery {\n    id\n    event\n    subjectId\n    status\n    attempts\n    nextAttemptAt\n    lastAttemptAt\n    lastStatusCode\n    lastError\n    sentAt\n    createdAt\n    endpoint {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TestAlertDeliveryFields on AlertDelivery {\n    id\n    event\n    subjectId\n    status\n    attempts\n    nextAttemptAt\n    lastAttemptAt\n    lastStatusCode\n    lastError\n    sentAt\n    createdAt\n    endpoint {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAlertEndpointAdd($input: AlertEndpointAddInput!) {\n    alertEndpointAdd(input: $input) {\n      signingSecret\n      endpoint {\n        ...TestAlertEndpointFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestAlertEndpointAdd($input: AlertEndpointAddInput!) {\n    alertEndpointAdd(input: $input) {\n      signingSecret\n      endpoint {\n        ...TestAlertEndpointFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAlertEndpointUpdate($input: AlertEndpointUpdateInput!) {\n    alertEndpointUpdate(input: $input) {\n      endpoint {\n        ...TestAlertEndpointFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestAlertEndpointUpdate($input: AlertEndpointUpdateInput!) {\n    alertEndpointUpdate(input: $input) {\n      endpoint {\n        ...TestAlertEndpointFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAlertEndpointRemove($input: AlertEndpointRemoveInput!) {\n    alertEndpointRemove(input: $input) {\n      removedId\n    }\n  }\n"): (typeof documents)["\n  mutation TestAlertEndpointRemove($input: AlertEndpointRemoveInput!) {\n    alertEndpointRemove(input: $input) {\n      removedId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAlertEndpointTest($input: AlertEndpointTestInput!) {\n    alertEndpointTest(input: $input) {\n      delivery {\n        ...TestAlertDeliveryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestAlertEndpointTest($input: AlertEndpointTestInput!) {\n    alertEndpointTest(input: $input) {\n      delivery {\n        ...TestAlertDeliveryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestAlertEndpoints($first: Int, $after: String) {\n    alertEndpoints(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...TestAlertEndpointFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestAlertEndpoints($first: Int, $after: String) {\n    alertEndpoints(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...TestAlertEndpointFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestAlertDeliveries($first: Int, $after: String, $filter: AlertDeliveryFilter) {\n    alertDeliveries(first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...TestAlertDeliveryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestAlertDeliveries($first: Int, $after: String, $filter: AlertDeliveryFilter) {\n    alertDeliveries(first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...TestAlertDeliveryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatrixRecord($input: ResponseRecordInput!) {\n    responseRecord(input: $input) {\n      contact {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MatrixRecord($input: ResponseRecordInput!) {\n    responseRecord(input: $input) {\n      contact {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatrixUpsert($input: ContactUpsertInput!) {\n    contactUpsert(input: $input) {\n      contact {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MatrixUpsert($input: ContactUpsertInput!) {\n    contactUpsert(input: $input) {\n      contact {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatrixFollowUp($input: FollowUpCreateInput!) {\n    followUpCreate(input: $input) {\n      followUp {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MatrixFollowUp($input: FollowUpCreateInput!) {\n    followUpCreate(input: $input) {\n      followUp {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatrixEndpoint($input: AlertEndpointAddInput!) {\n    alertEndpointAdd(input: $input) {\n      endpoint {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MatrixEndpoint($input: AlertEndpointAddInput!) {\n    alertEndpointAdd(input: $input) {\n      endpoint {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatrixEndpointTest($input: AlertEndpointTestInput!) {\n    alertEndpointTest(input: $input) {\n      delivery {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MatrixEndpointTest($input: AlertEndpointTestInput!) {\n    alertEndpointTest(input: $input) {\n      delivery {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatrixKey($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MatrixKey($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatrixSecret($input: WebhookSecretAddInput!) {\n    webhookSecretAdd(input: $input) {\n      secret\n      webhookSecret {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MatrixSecret($input: WebhookSecretAddInput!) {\n    webhookSecretAdd(input: $input) {\n      secret\n      webhookSecret {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TestFollowUpFields on FollowUp {\n    id\n    kind\n    title\n    status\n    assigneeId\n    dueAt\n    overdue\n    note\n    outcome\n    dismissReason\n    createdBy\n    closedBy\n    closedAt\n    contact {\n      id\n    }\n    response {\n      id\n      score\n    }\n  }\n"): (typeof documents)["\n  fragment TestFollowUpFields on FollowUp {\n    id\n    kind\n    title\n    status\n    assigneeId\n    dueAt\n    overdue\n    note\n    outcome\n    dismissReason\n    createdBy\n    closedBy\n    closedAt\n    contact {\n      id\n    }\n    response {\n      id\n      score\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestFollowUpCreate($input: FollowUpCreateInput!) {\n    followUpCreate(input: $input) {\n      followUp {\n        ...TestFollowUpFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestFollowUpCreate($input: FollowUpCreateInput!) {\n    followUpCreate(input: $input) {\n      followUp {\n        ...TestFollowUpFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestFollowUpAssign($input: FollowUpAssignInput!) {\n    followUpAssign(input: $input) {\n      followUp {\n        ...TestFollowUpFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestFollowUpAssign($input: FollowUpAssignInput!) {\n    followUpAssign(input: $input) {\n      followUp {\n        ...TestFollowUpFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestFollowUpComplete($input: FollowUpCompleteInput!) {\n    followUpComplete(input: $input) {\n      errors {\n        field\n        message\n      }\n      followUp {\n        ...TestFollowUpFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestFollowUpComplete($input: FollowUpCompleteInput!) {\n    followUpComplete(input: $input) {\n      errors {\n        field\n        message\n      }\n      followUp {\n        ...TestFollowUpFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestFollowUpDismiss($input: FollowUpDismissInput!) {\n    followUpDismiss(input: $input) {\n      errors {\n        field\n        message\n      }\n      followUp {\n        ...TestFollowUpFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestFollowUpDismiss($input: FollowUpDismissInput!) {\n    followUpDismiss(input: $input) {\n      errors {\n        field\n        message\n      }\n      followUp {\n        ...TestFollowUpFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestRecommendedActionComplete($input: RecommendedActionCompleteInput!) {\n    recommendedActionComplete(input: $input) {\n      errors {\n        field\n        message\n      }\n      followUp {\n        ...TestFollowUpFields\n      }\n      contact {\n        id\n        recommendedActions {\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestRecommendedActionComplete($input: RecommendedActionCompleteInput!) {\n    recommendedActionComplete(input: $input) {\n      errors {\n        field\n        message\n      }\n      followUp {\n        ...TestFollowUpFields\n      }\n      contact {\n        id\n        recommendedActions {\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestRecommendedActionDismiss($input: RecommendedActionDismissInput!) {\n    recommendedActionDismiss(input: $input) {\n      errors {\n        field\n        message\n      }\n      followUp {\n        ...TestFollowUpFields\n      }\n      contact {\n        id\n        recommendedActions {\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestRecommendedActionDismiss($input: RecommendedActionDismissInput!) {\n    recommendedActionDismiss(input: $input) {\n      errors {\n        field\n        message\n      }\n      followUp {\n        ...TestFollowUpFields\n      }\n      contact {\n        id\n        recommendedActions {\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestFollowUps($first: Int, $after: String, $filter: FollowUpFilter) {\n    followUps(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...TestFollowUpFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestFollowUps($first: Int, $after: String, $filter: FollowUpFilter) {\n    followUps(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...TestFollowUpFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestContactLoop($id: ID!) {\n    contact(id: $id) {\n      id\n      recommendedActions {\n        kind\n        title\n        priority\n        dueAt\n        reason\n        script\n      }\n      followUps(first: 50) {\n        totalCount\n        edges {\n          node {\n            ...TestFollowUpFields\n          }\n        }\n      }\n      surveyEligibility {\n        eligible\n        nextEligibleAt\n        reasons {\n          blocker\n          message\n          until\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestContactLoop($id: ID!) {\n    contact(id: $id) {\n      id\n      recommendedActions {\n        kind\n        title\n        priority\n        dueAt\n        reason\n        script\n      }\n      followUps(first: 50) {\n        totalCount\n        edges {\n          node {\n            ...TestFollowUpFields\n          }\n        }\n      }\n      surveyEligibility {\n        eligible\n        nextEligibleAt\n        reasons {\n          blocker\n          message\n          until\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CredentialProbe($input: ResponseRecordInput!) {\n    responseRecord(input: $input) {\n      duplicate\n    }\n  }\n"): (typeof documents)["\n  mutation CredentialProbe($input: ResponseRecordInput!) {\n    responseRecord(input: $input) {\n      duplicate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HostPagesEmbedOriginsSet($input: EmbedSettingsUpdateInput!) {\n    embedSettingsUpdate(input: $input) {\n      embedSettings {\n        origins\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation HostPagesEmbedOriginsSet($input: EmbedSettingsUpdateInput!) {\n    embedSettingsUpdate(input: $input) {\n      embedSettings {\n        origins\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TestContactFields on Contact {\n    id\n    externalId\n    email\n    name\n    company\n    plan\n    region\n    tags\n    accountValue\n    signedUpAt\n    loyalty {\n      category\n      latestScore\n      latestComment\n      answeredAt\n      previousCategory\n      previousScore\n      movement\n      responseCount\n    }\n  }\n"): (typeof documents)["\n  fragment TestContactFields on Contact {\n    id\n    externalId\n    email\n    name\n    company\n    plan\n    region\n    tags\n    accountValue\n    signedUpAt\n    loyalty {\n      category\n      latestScore\n      latestComment\n      answeredAt\n      previousCategory\n      previousScore\n      movement\n      responseCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestResponseRecord($input: ResponseRecordInput!) {\n    responseRecord(input: $input) {\n      duplicate\n      response {\n        id\n        metric\n        score\n        scaleMax\n        category\n        comment\n        answeredAt\n        source\n        sourceId\n      }\n      contact {\n        ...TestContactFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestResponseRecord($input: ResponseRecordInput!) {\n    responseRecord(input: $input) {\n      duplicate\n      response {\n        id\n        metric\n        score\n        scaleMax\n        category\n        comment\n        answeredAt\n        source\n        sourceId\n      }\n      contact {\n        ...TestContactFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestContactUpsert($input: ContactUpsertInput!) {\n    contactUpsert(input: $input) {\n      created\n      contact {\n        ...TestContactFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestContactUpsert($input: ContactUpsertInput!) {\n    contactUpsert(input: $input) {\n      created\n      contact {\n        ...TestContactFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestContact($id: ID, $externalId: String, $email: String, $first: Int, $after: String) {\n    contact(id: $id, externalId: $externalId, email: $email) {\n      ...TestContactFields\n      responses(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            score\n            category\n            answeredAt\n            sourceId\n          }\n        }\n      }\n      recommendedActions {\n        kind\n        title\n        script\n        priority\n        dueAt\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestContact($id: ID, $externalId: String, $email: String, $first: Int, $after: String) {\n    contact(id: $id, externalId: $externalId, email: $email) {\n      ...TestContactFields\n      responses(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            score\n            category\n            answeredAt\n            sourceId\n          }\n        }\n      }\n      recommendedActions {\n        kind\n        title\n        script\n        priority\n        dueAt\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestContacts($first: Int, $after: String, $filter: ContactFilter) {\n    contacts(first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          externalId\n          loyalty {\n            category\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestContacts($first: Int, $after: String, $filter: ContactFilter) {\n    contacts(first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          externalId\n          loyalty {\n            category\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestViewer {\n    viewer {\n      userId\n      role\n      workspace {\n        id\n        name\n      }\n      canReadContacts\n      canWriteContacts\n      canRecordResponses\n    }\n  }\n"): (typeof documents)["\n  query TestViewer {\n    viewer {\n      userId\n      role\n      workspace {\n        id\n        name\n      }\n      canReadContacts\n      canWriteContacts\n      canRecordResponses\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchPanelContact($externalId: String) {\n    contact(externalId: $externalId) {\n      id\n      name\n      loyalty {\n        category\n        latestScore\n        latestComment\n        answeredAt\n        previousCategory\n        movement\n        responseCount\n      }\n      responses(first: 20, metric: NPS) {\n        edges {\n          node {\n            id\n            score\n            comment\n            answeredAt\n          }\n        }\n      }\n      recommendedActions {\n        kind\n        title\n        script\n        priority\n        dueAt\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query BenchPanelContact($externalId: String) {\n    contact(externalId: $externalId) {\n      id\n      name\n      loyalty {\n        category\n        latestScore\n        latestComment\n        answeredAt\n        previousCategory\n        movement\n        responseCount\n      }\n      responses(first: 20, metric: NPS) {\n        edges {\n          node {\n            id\n            score\n            comment\n            answeredAt\n          }\n        }\n      }\n      recommendedActions {\n        kind\n        title\n        script\n        priority\n        dueAt\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TestWebhookSecretFields on WebhookSecret {\n    id\n    provider\n    label\n    fingerprint\n    endpointPath\n    active\n    rotatedFromId\n    createdBy\n    createdAt\n    lastUsedAt\n    revokedAt\n    revokedBy\n  }\n"): (typeof documents)["\n  fragment TestWebhookSecretFields on WebhookSecret {\n    id\n    provider\n    label\n    fingerprint\n    endpointPath\n    active\n    rotatedFromId\n    createdBy\n    createdAt\n    lastUsedAt\n    revokedAt\n    revokedBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestWebhookSecretAdd($input: WebhookSecretAddInput!) {\n    webhookSecretAdd(input: $input) {\n      secret\n      webhookSecret {\n        ...TestWebhookSecretFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestWebhookSecretAdd($input: WebhookSecretAddInput!) {\n    webhookSecretAdd(input: $input) {\n      secret\n      webhookSecret {\n        ...TestWebhookSecretFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestWebhookSecretRotate($input: WebhookSecretRotateInput!) {\n    webhookSecretRotate(input: $input) {\n      secret\n      webhookSecret {\n        ...TestWebhookSecretFields\n      }\n      previous {\n        ...TestWebhookSecretFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestWebhookSecretRotate($input: WebhookSecretRotateInput!) {\n    webhookSecretRotate(input: $input) {\n      secret\n      webhookSecret {\n        ...TestWebhookSecretFields\n      }\n      previous {\n        ...TestWebhookSecretFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestWebhookSecretRevoke($input: WebhookSecretRevokeInput!) {\n    webhookSecretRevoke(input: $input) {\n      webhookSecret {\n        ...TestWebhookSecretFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestWebhookSecretRevoke($input: WebhookSecretRevokeInput!) {\n    webhookSecretRevoke(input: $input) {\n      webhookSecret {\n        ...TestWebhookSecretFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestWebhookSecrets($first: Int, $after: String, $includeRevoked: Boolean) {\n    webhookSecrets(first: $first, after: $after, includeRevoked: $includeRevoked) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TestWebhookSecretFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestWebhookSecrets($first: Int, $after: String, $includeRevoked: Boolean) {\n    webhookSecrets(first: $first, after: $after, includeRevoked: $includeRevoked) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TestWebhookSecretFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eZendeskEmbedSettingsSet($input: ZendeskEmbedSettingsSetInput!) {\n    zendeskEmbedSettingsSet(input: $input) {\n      zendesk {\n        sharedSecretFingerprint\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation E2eZendeskEmbedSettingsSet($input: ZendeskEmbedSettingsSetInput!) {\n    zendeskEmbedSettingsSet(input: $input) {\n      zendesk {\n        sharedSecretFingerprint\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestSurveyCandidates($metric: SurveyMetric!, $first: Int, $after: String, $filter: SurveyCandidateFilter) {\n    surveyCandidates(metric: $metric, first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          eligibleSince\n          contact {\n            id\n            externalId\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestSurveyCandidates($metric: SurveyMetric!, $first: Int, $after: String, $filter: SurveyCandidateFilter) {\n    surveyCandidates(metric: $metric, first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          eligibleSince\n          contact {\n            id\n            externalId\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestSurveySent($input: SurveySentInput!) {\n    surveySent(input: $input) {\n      contact {\n        externalId\n        surveyEligibility(metric: NPS) {\n          eligible\n        }\n      }\n      surveyActivity {\n        metric\n        lastSentAt\n        lastAnsweredAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestSurveySent($input: SurveySentInput!) {\n    surveySent(input: $input) {\n      contact {\n        externalId\n        surveyEligibility(metric: NPS) {\n          eligible\n        }\n      }\n      surveyActivity {\n        metric\n        lastSentAt\n        lastAnsweredAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SurveyCandidatesPolicyUpdate($input: SurveyPolicyUpdateInput!) {\n    surveyPolicyUpdate(input: $input) {\n      surveyPolicy {\n        minDaysAfterSignup\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SurveyCandidatesPolicyUpdate($input: SurveyPolicyUpdateInput!) {\n    surveyPolicyUpdate(input: $input) {\n      surveyPolicy {\n        minDaysAfterSignup\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestContactSurveys($externalId: String) {\n    contact(externalId: $externalId) {\n      surveyActivity {\n        metric\n        lastSentAt\n        lastAnsweredAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestContactSurveys($externalId: String) {\n    contact(externalId: $externalId) {\n      surveyActivity {\n        metric\n        lastSentAt\n        lastAnsweredAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SurveyCandidatesInRecovery {\n          contact(externalId: \"in-recovery\") {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query SurveyCandidatesInRecovery {\n          contact(externalId: \"in-recovery\") {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestWorkspace {\n    workspace {\n      id\n      name\n      state\n      disabledAt\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query TestWorkspace {\n    workspace {\n      id\n      name\n      state\n      disabledAt\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestWorkspaceUpdate($input: WorkspaceUpdateInput!) {\n    workspaceUpdate(input: $input) {\n      workspace {\n        id\n        name\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestWorkspaceUpdate($input: WorkspaceUpdateInput!) {\n    workspaceUpdate(input: $input) {\n      workspace {\n        id\n        name\n        state\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;