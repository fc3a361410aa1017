import { buildSchema, graphql } from 'graphql';
import { Types } from 'mongoose';

import { asksForTotalCount, idKeyset, paginate } from './pagination';

describe('asksForTotalCount', () => {
  const schema = buildSchema(`
    type Query { list: ItemConnection }
    type ItemConnection { totalCount: Int! edges: [Int!]! }
  `);

  /** What the resolver of each `list` field (by its alias) saw for the document. */
  async function asked(document: string): Promise<Record<string, boolean>> {
    const seen: Record<string, boolean> = {};
    const result = await graphql({
      schema,
      source: document,
      rootValue: {
        list: (_args: unknown, _context: unknown, info: Parameters<typeof asksForTotalCount>[0]) => {
          seen[info.path.key] = asksForTotalCount(info);
          return { totalCount: 0, edges: [] };
        },
      },
    });
    expect(result.errors).toBeUndefined();
    return seen;
  }

  it('sees totalCount selected on the field itself', async () => {
    expect(await asked('{ list { totalCount edges } }')).toEqual({ list: true });
  });

  it('sees no totalCount when only the page is selected', async () => {
    expect(await asked('{ list { edges } }')).toEqual({ list: false });
  });

  it('sees totalCount through fragment spreads and inline fragments', async () => {
    const spread = `
      { ...Lists }
      fragment Lists on Query { list { ...Counted } }
      fragment Counted on ItemConnection { totalCount }
    `;
    expect(await asked(spread)).toEqual({ list: true });
    expect(await asked('{ list { ... on ItemConnection { totalCount } } }')).toEqual({ list: true });
  });

  it('tells aliased fields apart', async () => {
    expect(await asked('{ pageOnly: list { edges } counted: list { totalCount } }')).toEqual({
      pageOnly: false,
      counted: true,
    });
  });
});

describe('paginate with a count', () => {
  const ids = [new Types.ObjectId(), new Types.ObjectId()];
  const paging = idKeyset(-1, (id: Types.ObjectId) => id);

  /** The order in which the page's fetch and the count started, and the count's value. */
  async function run(countNow: boolean) {
    const started: string[] = [];
    const connection = await paginate(
      paging,
      { first: 1, countNow },
      async () => {
        started.push('page');
        await new Promise((resolve) => setTimeout(resolve, 5));
        return ids;
      },
      async () => {
        started.push('count');
        return ids.length;
      },
    );
    const startedBeforeAsked = [...started];
    return { startedBeforeAsked, totalCount: await connection.totalCount(), connection };
  }

  it('counts beside the page when the operation asks for the count', async () => {
    const { startedBeforeAsked, totalCount, connection } = await run(true);
    expect(startedBeforeAsked).toEqual(['count', 'page']);
    expect(totalCount).toBe(2);
    expect(connection.edges).toHaveLength(1);
    expect(connection.pageInfo.hasNextPage).toBe(true);
  });

  it('counts only when asked otherwise', async () => {
    const { startedBeforeAsked, totalCount } = await run(false);
    expect(startedBeforeAsked).toEqual(['page']);
    expect(totalCount).toBe(2);
  });

  it('leaves no unhandled rejection when the page fails before a started count is read', async () => {
    const unhandled = jest.fn();
    process.on('unhandledRejection', unhandled);
    try {
      await expect(
        paginate(
          paging,
          { first: 1, countNow: true },
          () => Promise.reject(new Error('page query failed')),
          () => Promise.reject(new Error('count failed')),
        ),
      ).rejects.toThrow('page query failed');
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
