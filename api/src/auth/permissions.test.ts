import { roleCan, type Action } from './permissions';

describe('integration role', () => {
  test.each<Action>(['contact:write', 'response:record'])('successful-integration-may-%s', (action) => {
    expect(roleCan('integration', action)).toBe(true);
  });

  test.each<Action>(['contact:read', 'report:read', 'followUp:manage', 'settings:write', 'webhookSecret:manage'])(
    'failing-integration-may-not-%s',
    (action) => {
      expect(roleCan('integration', action)).toBe(false);
    },
  );

  test('successful-only-admins-manage-webhook-secrets', () => {
    expect(roleCan('admin', 'webhookSecret:manage')).toBe(true);
    expect(roleCan('agent', 'webhookSecret:manage')).toBe(false);
    expect(roleCan('sales', 'webhookSecret:manage')).toBe(false);
  });
});
