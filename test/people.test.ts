// Issue 9 item 6: people show as names, not raw user ids. The workspace's directory learns a
// name from every credential carrying one (a token's `name` claim, an API key's name); a
// follow-up's assignee, creator and closer read it through the request's loader, and fall
// back to the user id when no name is known. Real HTTP, real database.
import { signToken } from '../api/src/auth/jwt';
import type { Role } from '../api/src/auth/permissions';
import { graphql } from './__generated__';
import { RECORD_RESPONSE, npsInput } from './support/operations';
import { startTestServer, type TestServer } from './support/test-server';

const ACME = 'acme';
const OTHER = 'other';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ workspaces: [ACME, OTHER] });
});

afterAll(async () => {
  await server?.stop();
});

/** A token for `userId` with a `name` claim (as an identity provider or a panel session gives). */
function namedToken(userId: string, role: Role, name: unknown, workspaceId = ACME): string {
  // signToken types the name as a string; a malformed claim is what an outside issuer could send.
  return signToken(server.config.jwt, { userId, workspaceId, role, name: name as string }, 600);
}

const VIEWER = graphql(`
  query PeopleViewer {
    viewer {
      userId
    }
  }
`);

const PEOPLE = graphql(`
  query PeopleList($first: Int, $after: String, $assignable: Boolean) {
    people(first: $first, after: $after, assignable: $assignable) {
      edges {
        cursor
        node {
          id
          name
          displayName
          role
          lastSeenAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** @public Read by codegen: the operations below spread this fragment by name. */
export const PERSON_FIELDS = graphql(`
  fragment PeopleFollowUpPeople on FollowUp {
    id
    assigneeId
    assignee {
      id
      name
      displayName
    }
    createdBy
    createdByPerson {
      id
      displayName
    }
    closedBy
    closedByPerson {
      id
      displayName
    }
  }
`);

const CREATE = graphql(`
  mutation PeopleFollowUpCreate($input: FollowUpCreateInput!) {
    followUpCreate(input: $input) {
      followUp {
        ...PeopleFollowUpPeople
      }
    }
  }
`);

const ASSIGN = graphql(`
  mutation PeopleFollowUpAssign($input: FollowUpAssignInput!) {
    followUpAssign(input: $input) {
      followUp {
        ...PeopleFollowUpPeople
      }
    }
  }
`);

const COMPLETE = graphql(`
  mutation PeopleFollowUpComplete($input: FollowUpCompleteInput!) {
    followUpComplete(input: $input) {
      followUp {
        ...PeopleFollowUpPeople
      }
    }
  }
`);

const LIST_FOLLOW_UPS = graphql(`
  query PeopleFollowUps {
    followUps(first: 50) {
      edges {
        node {
          ...PeopleFollowUpPeople
        }
      }
    }
  }
`);

const API_KEY_CREATE = graphql(`
  mutation PeopleApiKeyCreate($input: ApiKeyCreateInput!) {
    apiKeyCreate(input: $input) {
      secret
      apiKey {
        id
      }
    }
  }
`);

let contacts = 0;

/** A new contact with one NPS answer; its id. */
async function newContact(workspaceId = ACME): Promise<string> {
  contacts += 1;
  const recorded = await server.execute(
    RECORD_RESPONSE,
    { input: npsInput({ sourceId: `people-${contacts}`, contact: { externalId: `people-${contacts}` } }) },
    { as: 'admin', workspaceId },
  );
  return recorded.data!.responseRecord.contact.id;
}

/** Uses the credential once, as any request would. */
async function seen(token: string): Promise<void> {
  const result = await server.execute(VIEWER, {}, { token });
  expect(result.errors).toBeUndefined();
}

async function peopleOf(token: string, assignable?: boolean) {
  const result = await server.execute(PEOPLE, { first: 100, ...(assignable ? { assignable } : {}) }, { token });
  expect(result.errors).toBeUndefined();
  return result.data!.people.edges.map(({ node }) => node);
}

describe('the people directory', () => {
  test('a-named-token-puts-its-person-in-the-directory-and-a-later-name-replaces-it', async () => {
    await seen(namedToken('zendesk:101', 'agent', '  Ana   Lima '));
    const before = await peopleOf(namedToken('zendesk:101', 'agent', 'Ana Lima'));
    expect(before.find((person) => person.id === 'zendesk:101')).toMatchObject({
      name: 'Ana Lima',
      displayName: 'Ana Lima',
      role: 'AGENT',
    });

    await seen(namedToken('zendesk:101', 'agent', 'Ana Lima-Souza'));
    const after = await peopleOf(namedToken('zendesk:101', 'agent', 'Ana Lima-Souza'));
    expect(after.filter((person) => person.id === 'zendesk:101').map((person) => person.name)).toEqual([
      'Ana Lima-Souza',
    ]);
  });

  test('a-token-without-a-usable-name-is-accepted-and-changes-no-name', async () => {
    await seen(namedToken('zendesk:102', 'agent', 'Bruno Costa'));
    for (const name of [undefined, '', '   ', 42, 'x'.repeat(201)]) {
      await seen(namedToken('zendesk:102', 'agent', name));
    }
    const people = await peopleOf(namedToken('zendesk:101', 'agent', 'Ana Lima-Souza'));
    expect(people.find((person) => person.id === 'zendesk:102')?.name).toBe('Bruno Costa');
  });

  test('people-are-listed-by-name-case-insensitively-and-page-by-cursor', async () => {
    await seen(namedToken('chatwoot:7', 'agent', 'carla Dias'));
    await seen(namedToken('admin-1', 'admin', 'Dora Admin'));
    const token = namedToken('zendesk:101', 'agent', 'Ana Lima-Souza');
    const all = await peopleOf(token);
    const names = all.map((person) => person.name!);
    expect(names).toEqual([...names].sort((left, right) => left.toLowerCase().localeCompare(right.toLowerCase())));
    expect(names).toEqual(expect.arrayContaining(['Ana Lima-Souza', 'Bruno Costa', 'carla Dias', 'Dora Admin']));

    const first = await server.execute(PEOPLE, { first: 2 }, { token });
    expect(first.data!.people.pageInfo.hasNextPage).toBe(true);
    const second = await server.execute(
      PEOPLE,
      { first: 100, after: first.data!.people.pageInfo.endCursor },
      { token },
    );
    expect([...first.data!.people.edges, ...second.data!.people.edges].map(({ node }) => node.id)).toEqual(
      all.map((person) => person.id),
    );
  });

  test('assignable-people-are-those-who-may-work-follow-ups', async () => {
    await seen(namedToken('sales-9', 'sales', 'Sid Sales'));
    const token = namedToken('zendesk:101', 'agent', 'Ana Lima-Souza');
    expect((await peopleOf(token)).map((person) => person.id)).toContain('sales-9');
    const assignable = await peopleOf(token, true);
    expect(assignable.map((person) => person.id)).not.toContain('sales-9');
    expect(new Set(assignable.map((person) => person.role))).toEqual(new Set(['AGENT', 'ADMIN']));
  });

  test('agents-and-admins-may-list-people-sales-integrations-and-anonymous-callers-may-not', async () => {
    for (const as of ['agent', 'admin'] as const) {
      const result = await server.execute(PEOPLE, { first: 10 }, { as });
      expect(result.errors).toBeUndefined();
    }
    const sales = await server.execute(PEOPLE, { first: 10 }, { as: 'sales' });
    expect(sales.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await server.execute(PEOPLE, { first: 10 }, { as: 'anonymous' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const key = await server.execute(
      API_KEY_CREATE,
      { input: { name: 'Survey tool', role: 'INTEGRATION' } },
      { as: 'admin' },
    );
    const integration = await server.execute(PEOPLE, { first: 10 }, { token: key.data!.apiKeyCreate.secret });
    expect(integration.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test('another-workspaces-people-are-never-listed-nor-named', async () => {
    await seen(namedToken('zendesk:900', 'agent', 'Olga Other', OTHER));
    const acmeToken = namedToken('zendesk:101', 'agent', 'Ana Lima-Souza');
    expect((await peopleOf(acmeToken)).map((person) => person.id)).not.toContain('zendesk:900');
    expect(
      (await peopleOf(namedToken('zendesk:900', 'agent', 'Olga Other', OTHER))).map((person) => person.id),
    ).toEqual(['zendesk:900']);

    // An acme follow-up assigned to that user id: acme knows no name for it.
    const contactId = await newContact();
    const created = await server.execute(
      CREATE,
      { input: { contactId, kind: 'THANK', assigneeId: 'zendesk:900' } },
      { token: acmeToken },
    );
    expect(created.data!.followUpCreate.followUp.assignee).toEqual({
      id: 'zendesk:900',
      name: null,
      displayName: 'zendesk:900',
    });
  });
});

describe('names on follow-ups', () => {
  test('creator-assignee-and-closer-show-their-names-and-the-id-when-none-is-known', async () => {
    const ana = namedToken('zendesk:101', 'agent', 'Ana Lima-Souza');
    const contactId = await newContact();
    const created = await server.execute(CREATE, { input: { contactId, kind: 'PROBE' } }, { token: ana });
    const followUp = created.data!.followUpCreate.followUp;
    expect(followUp.createdByPerson).toEqual({ id: 'zendesk:101', displayName: 'Ana Lima-Souza' });
    expect(followUp.assignee).toBeNull();
    expect(followUp.closedByPerson).toBeNull();

    // Assigned to someone never seen with a name: the id shows, until they are seen.
    const assigned = await server.execute(
      ASSIGN,
      { input: { id: followUp.id, assigneeId: 'zendesk:555' } },
      { token: ana },
    );
    expect(assigned.data!.followUpAssign.followUp.assignee).toEqual({
      id: 'zendesk:555',
      name: null,
      displayName: 'zendesk:555',
    });
    await seen(namedToken('zendesk:555', 'agent', 'Eva Nunes'));

    // Closed by a caller whose token carries no name: the id.
    const completed = await server.execute(COMPLETE, { input: { id: followUp.id, outcome: 'Asked' } }, { as: 'agent' });
    expect(completed.data!.followUpComplete.followUp).toMatchObject({
      assignee: { id: 'zendesk:555', name: 'Eva Nunes', displayName: 'Eva Nunes' },
      createdByPerson: { displayName: 'Ana Lima-Souza' },
      closedBy: 'test-agent',
      closedByPerson: { id: 'test-agent', displayName: 'test-agent' },
    });
  });

  test('an-api-key-shows-as-its-name', async () => {
    const key = await server.execute(
      API_KEY_CREATE,
      { input: { name: 'Ops console', role: 'ADMIN' } },
      { as: 'admin' },
    );
    const { secret, apiKey } = key.data!.apiKeyCreate;
    const contactId = await newContact();
    const created = await server.execute(CREATE, { input: { contactId, kind: 'THANK' } }, { token: secret });
    expect(created.data!.followUpCreate.followUp.createdByPerson).toEqual({
      id: `apikey:${apiKey.id}`,
      displayName: 'Ops console',
    });
  });

  test('a-sales-rep-reads-the-names-on-the-follow-ups-they-may-read', async () => {
    const listed = await server.execute(LIST_FOLLOW_UPS, {}, { as: 'sales' });
    expect(listed.errors).toBeUndefined();
    const names = listed.data!.followUps.edges.map(({ node }) => node.createdByPerson.displayName);
    expect(names).toContain('Ana Lima-Souza');
  });
});
