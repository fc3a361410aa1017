import { ApiKeyModel } from '../api/src/modules/api-key/api-key.model';
import { issueApiKey } from '../api/src/modules/api-key/api-key.service';
import { WorkspaceModel, type WorkspaceDoc } from '../api/src/modules/workspace/workspace.model';
import { graphql } from './__generated__';
import { credentialState, expectUnauthenticated, RECORD, recordInput, runWorkspaceCli } from './support/credentials';
import { VIEWER } from './support/operations';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ workspaces: ['acme', 'other'] });
});
afterAll(async () => {
  await server.stop();
});

const WORKSPACE = graphql(`
  query TestWorkspace {
    workspace {
      id
      name
      state
      disabledAt
      createdAt
    }
  }
`);

const UPDATE = graphql(`
  mutation TestWorkspaceUpdate($input: WorkspaceUpdateInput!) {
    workspaceUpdate(input: $input) {
      workspace {
        id
        name
        state
      }
    }
  }
`);

describe('workspace and workspaceUpdate (GraphQL)', () => {
  afterEach(async () => {
    await WorkspaceModel.updateOne({ _id: 'acme' }, { $set: { name: 'Workspace acme' } }).exec();
  });

  test('successful-admin-reads-own-workspace', async () => {
    const result = await server.execute(WORKSPACE, {}, { as: 'admin' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.workspace).toEqual({
      id: 'acme',
      name: 'Workspace acme',
      state: 'ACTIVE',
      disabledAt: null,
      createdAt: expect.any(String),
    });
  });

  test('successful-admin-renames-own-workspace-only', async () => {
    const result = await server.execute(UPDATE, { input: { name: '  Acme Inc.  ' } }, { as: 'admin' });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ workspaceUpdate: { workspace: { id: 'acme', name: 'Acme Inc.', state: 'ACTIVE' } } });
    const viewer = await server.execute(VIEWER, {}, { as: 'agent' });
    expect(viewer.data?.viewer.workspace.name).toBe('Acme Inc.');
    expect((await WorkspaceModel.findById('other').lean<WorkspaceDoc>().exec())?.name).toBe('Workspace other');
  });

  test.each([
    ['an empty name', '   '],
    ['a name over 100 characters', 'x'.repeat(101)],
  ])('failing-rename-with-%s', async (_case, name) => {
    const before = await credentialState();
    const result = await server.execute(UPDATE, { input: { name } }, { as: 'admin' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('name');
    expect(await credentialState()).toBe(before);
  });

  test.each(['agent', 'sales'] as const)('failing-read-and-rename-as-%s-are-forbidden', async (role) => {
    const before = await credentialState();
    expect((await server.execute(WORKSPACE, {}, { as: role })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const rename = await server.execute(UPDATE, { input: { name: 'Mine now' } }, { as: role });
    expect(rename.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await credentialState()).toBe(before);
  });

  test('failing-rename-anonymous', async () => {
    const before = await credentialState();
    expectUnauthenticated(await server.execute(UPDATE, { input: { name: 'x' } }, { as: 'anonymous' }), /Missing/);
    expect(await credentialState()).toBe(before);
  });
});

describe('npm run workspace (CLI)', () => {
  test('successful-create-and-list', async () => {
    const created = await runWorkspaceCli(['create', 'globex', '--name', 'Globex Corp']);
    expect(created).toMatchObject({ code: 0 });
    expect(created.stdout).toContain('Created workspace "globex" (Globex Corp)');
    const stored = await WorkspaceModel.findById('globex').lean<WorkspaceDoc>().exec();
    expect(stored).toMatchObject({ _id: 'globex', name: 'Globex Corp', disabledAt: null });
    const list = await runWorkspaceCli(['list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^acme\s+active\s+Workspace acme$/m);
    expect(list.stdout).toMatch(/^globex\s+active\s+Globex Corp$/m);
  });

  test('failing-create-of-an-existing-id', async () => {
    const before = await credentialState();
    const result = await runWorkspaceCli(['create', 'acme', '--name', 'Another Acme']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Workspace "acme" already exists');
    expect(await credentialState()).toBe(before);
  });

  test.each([
    ['uppercase', 'Acme'],
    ['one character', 'a'],
    ['a leading digit', '1acme'],
    ['a leading hyphen', '-acme'],
    ['a trailing hyphen', 'acme-'],
    ['a double hyphen', 'ac--me'],
    ['an underscore', 'ac_me'],
    ['a dot', 'ac.me'],
    ['41 characters', 'a'.repeat(41)],
  ])('failing-create-with-an-id-with-%s', async (_case, id) => {
    const before = await credentialState();
    // `--` so that an id starting with a hyphen reaches the command instead of reading as an option.
    const result = await runWorkspaceCli(['create', '--name', 'Bad', '--', id]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Workspace id "${id}" must be a slug`);
    expect(await credentialState()).toBe(before);
  });

  test('failing-create-with-an-empty-name', async () => {
    const before = await credentialState();
    const result = await runWorkspaceCli(['create', 'initech', '--name', '  ']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Workspace name must not be empty');
    expect(await credentialState()).toBe(before);
  });

  test.each([['disable'], ['enable'], ['key']])('failing-%s-of-an-unknown-workspace', async (command) => {
    const before = await credentialState();
    const extra = command === 'key' ? ['--role', 'admin', '--name', 'bootstrap'] : [];
    const result = await runWorkspaceCli([command, 'nowhere', ...extra]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('There is no workspace "nowhere"');
    expect(await credentialState()).toBe(before);
  });

  test('failing-key-with-an-unknown-role', async () => {
    const before = await credentialState();
    const result = await runWorkspaceCli(['key', 'acme', '--role', 'root', '--name', 'x']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/argument 'root' is invalid/);
    expect(await credentialState()).toBe(before);
  });

  test('successful-key-prints-an-admin-key-once-that-works', async () => {
    const result = await runWorkspaceCli(['key', 'acme', '--role', 'admin', '--name', 'bootstrap']);
    expect(result.code).toBe(0);
    const secret = result.stdout.trim();
    expect(secret).toMatch(/^npsk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(result.stderr).toContain('Created admin API key "bootstrap"');
    const stored = await ApiKeyModel.findOne({ prefix: secret.slice(0, 17) })
      .lean()
      .exec();
    expect(stored).toMatchObject({ workspaceId: 'acme', role: 'admin', name: 'bootstrap', createdBy: 'cli' });
    const viewer = await server.execute(VIEWER, {}, { token: secret });
    expect(viewer.data?.viewer.role).toBe('ADMIN');
  });
});

describe('a disabled workspace', () => {
  afterEach(async () => {
    await WorkspaceModel.updateOne({ _id: 'other' }, { $set: { disabledAt: null } }).exec();
  });

  test('failing-its-jwt-and-api-key-get-unauthenticated-at-once-and-work-again-when-enabled', async () => {
    const { secret } = await issueApiKey('other', { name: 'ci', role: 'admin', createdBy: 'test' });
    const jwt = server.tokenFor('admin', 'other');
    expect((await server.execute(VIEWER, {}, { token: secret })).errors).toBeUndefined();
    expect((await server.execute(VIEWER, {}, { token: jwt })).errors).toBeUndefined();

    const disabled = await runWorkspaceCli(['disable', 'other']);
    expect(disabled.code).toBe(0);
    expect(disabled.stdout).toMatch(/Workspace "other" is disabled since \d{4}-/);
    const stored = await WorkspaceModel.findById('other').lean<WorkspaceDoc>().exec();
    expect(stored?.disabledAt).toBeInstanceOf(Date);

    const before = await credentialState();
    for (const token of [secret, jwt]) {
      expectUnauthenticated(
        await server.execute(RECORD, recordInput('disabled'), { token }),
        /Workspace "other" is disabled/,
      );
      const csv = await fetch(`${server.baseUrl}/export/responses.csv?from=2026-01-01&to=2026-12-31`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(csv.status).toBe(401);
      expect(((await csv.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
        'UNAUTHENTICATED',
      );
    }
    expect(await credentialState()).toBe(before);
    // Another workspace is untouched.
    expect((await server.execute(VIEWER, {}, { as: 'admin' })).errors).toBeUndefined();

    // Disabling again keeps the first date.
    expect((await runWorkspaceCli(['disable', 'other'])).code).toBe(0);
    expect((await WorkspaceModel.findById('other').lean<WorkspaceDoc>().exec())?.disabledAt).toEqual(
      stored?.disabledAt,
    );
    const list = await runWorkspaceCli(['list']);
    expect(list.stdout).toMatch(/^other\s+disabled since \d{4}-\S+\s+Workspace other$/m);

    const enabled = await runWorkspaceCli(['enable', 'other']);
    expect(enabled.code).toBe(0);
    expect(enabled.stdout).toContain('Workspace "other" is active');
    expect((await server.execute(VIEWER, {}, { token: secret })).errors).toBeUndefined();
    expect((await server.execute(VIEWER, {}, { token: jwt })).errors).toBeUndefined();
  });
});
