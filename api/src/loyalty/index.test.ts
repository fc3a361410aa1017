import * as loyalty from './index';

describe('the loyalty barrel', () => {
  test.each([
    'categoryOfScore',
    'isValidNpsScore',
    'InvalidScoreError',
    'scoreProblem',
    'isSurveyMetric',
    'isNegativeCsat',
    'isPositiveCsat',
    'movementBetween',
    'snapshotFromLatest',
    'countCategories',
    'npsFigure',
    'differSignificantly',
    'recommendActions',
    'hasNegativeCsatStreak',
    'renderTemplate',
    'templateProblems',
    'playbookProblems',
    'hasPositiveCsat',
    'isStale',
    'withDefaultRules',
    'kindInWords',
    'surveyRulesProblems',
    'surveyPolicyProblems',
    'surveyEligibility',
    'surveyWaitEndsAt',
    'surveyDateBounds',
  ])('exports the function %s', (name) => {
    expect(typeof (loyalty as Record<string, unknown>)[name]).toBe('function');
  });

  test.each([
    'NPS_MIN',
    'NPS_MAX',
    'CATEGORY_RANK',
    'LOYALTY_CATEGORIES',
    'SURVEY_METRICS',
    'ALLOWED_SCALES',
    'DEFAULT_SCALE_MAX',
    'EMPTY_SNAPSHOT',
    'LOW_SAMPLE_THRESHOLD',
    'Z_95',
    'DEFAULT_PLAYBOOK',
    'DEFAULT_PLAYBOOKS',
    'LOCALES',
    'DEFAULT_LOCALE',
    'PLAYBOOK_TRIGGERS',
    'RECOMMENDED_ACTION_KINDS',
    'ACTION_PRIORITIES',
    'NEGATIVE_CSAT_STREAK',
    'RECOVERY_DEADLINE_HOURS',
    'TEMPLATE_PLACEHOLDERS',
    'PLACEHOLDER_FALLBACKS',
    'STALE_AFTER_DAYS',
    'RECOVERY_KINDS',
    'PLAYBOOK_ACTION_KINDS',
    'DEFAULT_SURVEY_RULES',
    'DEFAULT_SURVEY_POLICY',
    'SURVEY_POLICY_LIMITS',
    'SURVEY_BLOCKERS',
  ])('exports the constant %s', (name) => {
    expect((loyalty as Record<string, unknown>)[name]).toBeDefined();
  });

  test('does not expose the internal describeValue helper', () => {
    expect('describeValue' in loyalty).toBe(false);
  });

  test('services get the same objects as the modules themselves', () => {
    expect(loyalty.categoryOfScore(9)).toBe('PROMOTER');
    expect(loyalty.npsFigure({ promoters: 600, passives: 200, detractors: 200 }).nps).toBe(40);
  });
});
