import { roleCan } from '../../auth/permissions';
import type { Resolvers } from '../../__generated__/resolvers-types';
import { npsReport } from './report.service';

export const reportResolvers: Resolvers = {
  // The stored dimension of each SDL value (codegen's enumValues types them).
  ReportSegmentDimension: {
    PLAN: 'plan',
    REGION: 'region',
    CHANNEL: 'channel',
    CAMPAIGN: 'campaign',
    TAG: 'tag',
    AGENT: 'agent',
    TEAM: 'team',
  },
  Query: {
    npsReport: (_parent, { input }, { viewer }) => npsReport(viewer, input),
  },
  NpsReport: {
    id: (report) => report.id,
    start: (report) => report.range.start,
    end: (report) => report.range.end,
    timeZone: (report) => report.request.timeZone,
    granularity: (report) => report.request.granularity,
    overall: (report) => report.overall(),
    buckets: (report) => report.buckets(),
    segments: (report, args) => report.segments(args),
    distribution: (report) => report.distribution(),
    csat: (report) => report.csat(),
    ces: (report) => report.ces(),
    closedLoop: async (report) => {
      const [detractorRecovery, followUps] = await Promise.all([report.detractorRecovery(), report.followUps()]);
      return { detractorRecovery, followUps };
    },
  },
  Viewer: {
    canReadReports: (viewer) => roleCan(viewer.role, 'report:read'),
    canReadReportSummary: (viewer) => roleCan(viewer.role, 'report:summary'),
  },
};
