import { buildASTSchema, concatAST, GraphQLEnumType, parse } from 'graphql';
import { API_KEY_ROLES } from '../auth/permissions';
import {
  ACTION_PRIORITIES,
  LOYALTY_CATEGORIES,
  LOYALTY_MOVEMENTS,
  PLAYBOOK_TRIGGERS,
  RECOMMENDED_ACTION_KINDS,
  SURVEY_BLOCKERS,
  SURVEY_METRICS,
} from '../loyalty';
import { ALERT_DELIVERY_STATUSES, ALERT_ENDPOINT_KINDS, ALERT_EVENTS } from '../modules/alert/alert.model';
import { FOLLOW_UP_STATUSES } from '../modules/follow-up/follow-up.model';
import { SEGMENT_DIMENSIONS } from '../modules/report/report.keys';
import { WEBHOOK_PROVIDERS } from '../modules/webhook/webhook.model';
import { loadTypeDefs, resolvers } from './schema';

const schema = buildASTSchema(concatAST(loadTypeDefs().map((typeDefs) => parse(typeDefs))));

function sdlValues(name: string): string[] {
  const type = schema.getType(name);
  if (!(type instanceof GraphQLEnumType)) throw new Error(`${name} is not an enum of the SDL`);
  return type.getValues().map((value) => value.name);
}

/** The enum resolver of `name` in the resolver map (SDL value -> internal value), if any. */
function enumResolver(name: string): Record<string, unknown> | undefined {
  const found = resolvers.filter((map) => name in map).map((map) => (map as Record<string, unknown>)[name]);
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0] as Record<string, unknown> | undefined;
}

const sorted = (values: readonly string[]) => [...values].sort();

describe('every `as const` list of kinds holds the values of its SDL enum', () => {
  // Enums whose internal values are their names.
  test.each<[string, readonly string[]]>([
    ['LoyaltyCategory', LOYALTY_CATEGORIES],
    ['LoyaltyMovement', LOYALTY_MOVEMENTS],
    ['SurveyMetric', SURVEY_METRICS],
    ['SurveyBlocker', SURVEY_BLOCKERS],
    ['RecommendedActionKind', RECOMMENDED_ACTION_KINDS],
    ['ActionPriority', ACTION_PRIORITIES],
    ['PlaybookTrigger', PLAYBOOK_TRIGGERS],
    ['FollowUpStatus', FOLLOW_UP_STATUSES],
    ['AlertEvent', ALERT_EVENTS],
    ['AlertEndpointKind', ALERT_ENDPOINT_KINDS],
    ['AlertDeliveryStatus', ALERT_DELIVERY_STATUSES],
    ['WebhookProvider', WEBHOOK_PROVIDERS],
  ])('%s', (name, kinds) => {
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(sorted(kinds)).toEqual(sorted(sdlValues(name)));
    expect(enumResolver(name)).toBeUndefined();
  });

  // Enums mapped to internal values by an enum resolver (codegen's enumValues types them).
  test.each<[string, readonly string[]]>([
    ['Role', API_KEY_ROLES],
    ['ReportSegmentDimension', SEGMENT_DIMENSIONS],
  ])('%s, through its enum resolver', (name, kinds) => {
    const mapping = enumResolver(name);
    expect(mapping).toBeDefined();
    expect(sorted(Object.keys(mapping ?? {}))).toEqual(sorted(sdlValues(name)));
    const internal = Object.values(mapping ?? {}) as string[];
    expect(new Set(internal).size).toBe(internal.length);
    expect(sorted(internal)).toEqual(sorted(kinds));
  });
});
