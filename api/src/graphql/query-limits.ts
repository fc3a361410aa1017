import type { ApolloServerPlugin } from '@apollo/server';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  Kind,
  visit,
  type ASTNode,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { AbuseLimits } from '../config';
import { httpStatusOf } from '../errors';
import { MAX_PAGE_SIZE } from './pagination';

// Abuse limits on the GraphQL document itself, on in every mode, each refused with HTTP 400
// and its own `extensions.code` before the operation runs (no resolver, no database call of
// the operation: only the context's workspace lookup, done for every request, comes first).
//
// Why these defaults (config.ts, each one an NPS_MAX_QUERY_* variable): every operation the
// panel, the sales page and the report page send (plugin-ui/src, with the `__typename`
// Apollo Client adds to every selection set), every operation of the test suites and of the
// benchmarks, measured with the same rules and options as below, stays well inside them:
//
// | limit       | default | largest real operation                                        |
// | ----------- | ------: | ------------------------------------------------------------- |
// | depth       |      10 | 7 (follow-up mutations returning the panel's contact)          |
// | aliases     |      15 | 4 (the panel's contact query); `__typename` is not exempt      |
// | directives  |      20 | 4 (the report page's `@include`s)                              |
// | tokens      |    1000 | 302 (the panel's contact query)                                |
// | cost        |  20 000 | 9 618 (follow-up mutations returning the panel's contact)      |
//
// Depth and cost count fragments as what they select (`flattenFragments`), so colocated
// fragments cost what the fields they hold cost. Introspection (`__schema`) is not counted in
// depth or cost (graphql-armor's default), but its aliases, directives and tokens are.
// Tokens are counted by graphql-js's own parser (`maxTokens`), which stops reading the
// document at the limit. Page sizes (`first`) are checked against MAX_PAGE_SIZE once the
// variables are known, before execution (the resolvers check them again).
//
// graphql-armor's packages (max-depth, max-aliases, max-directives, cost-limit) are used one
// by one as validation rules: the bundle's ApolloArmor would also turn on its own field
// suggestion blocking, which belongs to the production-mode settings.

/** The `extensions.code` of each refusal. */
export const LIMIT_CODES = {
  depth: 'QUERY_TOO_DEEP',
  aliases: 'TOO_MANY_ALIASES',
  directives: 'TOO_MANY_DIRECTIVES',
  tokens: 'QUERY_TOO_LARGE',
  cost: 'QUERY_TOO_COMPLEX',
} as const;

type LimitName = keyof typeof LIMIT_CODES;

// Apollo Server gives every validation error the code GRAPHQL_VALIDATION_FAILED but keeps
// the error's other extensions: the limit travels in this one and the plugin below makes it
// the code.
const LIMIT_EXTENSION = 'npsLimitCode';

function messageOf(limit: LimitName, limits: AbuseLimits['query']): string {
  switch (limit) {
    case 'depth':
      return `The operation is nested more than ${limits.depth} levels deep`;
    case 'aliases':
      return `The operation uses more than ${limits.aliases} aliases`;
    case 'directives':
      return `The operation uses more than ${limits.directives} directives`;
    case 'tokens':
      return `The document has more than ${limits.tokens} tokens`;
    case 'cost':
      return `The operation costs more than ${limits.cost}: ask for fewer fields or smaller pages`;
  }
}

/** Reports the refusal in the validation context (no schema detail, only the limit). */
function refusal(limit: LimitName, limits: AbuseLimits['query']) {
  return [
    (context: ValidationContext | null) => {
      context?.reportError(
        new GraphQLError(messageOf(limit, limits), {
          extensions: { [LIMIT_EXTENSION]: LIMIT_CODES[limit], http: { status: httpStatusOf(LIMIT_CODES[limit]) } },
        }),
      );
    },
  ];
}

/** The validation rules of the document limits (depth, aliases, directives, cost). */
export function queryLimitRules(limits: AbuseLimits['query']): ValidationRule[] {
  const common = { propagateOnRejection: false, exposeLimits: false } as const;
  return [
    maxDepthRule({ ...common, n: limits.depth, flattenFragments: true, onReject: refusal('depth', limits) }),
    maxAliasesRule({ ...common, n: limits.aliases, allowList: [], onReject: refusal('aliases', limits) }),
    maxDirectivesRule({ ...common, n: limits.directives, onReject: refusal('directives', limits) }),
    costLimitRule({ ...common, maxCost: limits.cost, flattenFragments: true, onReject: refusal('cost', limits) }),
  ];
}

/** graphql-js's own token limit, applied while parsing. */
export function queryParseOptions(limits: AbuseLimits['query']): ParseOptions {
  return { maxTokens: limits.tokens };
}

const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more that \d+ tokens/;

type MutableError = { message: string; locations?: unknown };

/**
 * Gives a refused document's error its limit's code: a limit rule's refusal, or a parse
 * error over the token limit. `extensions.code` is the code the error had so far.
 */
function markLimitRefusal(
  error: MutableError,
  extensions: Record<string, unknown>,
  limits: AbuseLimits['query'],
): void {
  const limitCode = extensions[LIMIT_EXTENSION];
  if (typeof limitCode === 'string') {
    extensions.code = limitCode;
    delete extensions[LIMIT_EXTENSION];
  } else if (extensions.code === 'GRAPHQL_PARSE_FAILED' && TOKEN_LIMIT_MESSAGE.test(error.message)) {
    extensions.code = LIMIT_CODES.tokens;
    error.message = messageOf('tokens', limits);
    delete error.locations;
  }
}

/**
 * A document's parse or validation errors as Apollo Server answers them over HTTP, for
 * other transports (subscriptions over WebSocket): GRAPHQL_PARSE_FAILED or
 * GRAPHQL_VALIDATION_FAILED, or the limit's own code.
 */
export function documentRefusals(
  errors: readonly GraphQLError[],
  stage: 'parse' | 'validation',
  limits: AbuseLimits['query'],
): GraphQLError[] {
  return errors.map((error) => {
    const extensions: Record<string, unknown> = {
      ...error.extensions,
      code: stage === 'parse' ? 'GRAPHQL_PARSE_FAILED' : 'GRAPHQL_VALIDATION_FAILED',
    };
    const refusal: MutableError = { message: error.message, locations: error.locations };
    markLimitRefusal(refusal, extensions, limits);
    return new GraphQLError(refusal.message, {
      nodes: refusal.locations === undefined ? undefined : error.nodes,
      extensions,
    });
  });
}

function pageSizeError(first: unknown): GraphQLError {
  return new GraphQLError(`first must be an integer from 1 to ${MAX_PAGE_SIZE}, got ${String(first)}`, {
    extensions: { code: 'BAD_USER_INPUT', field: 'first', http: { status: httpStatusOf('BAD_USER_INPUT') } },
  });
}

/**
 * Gives each limit refusal its own code, and refuses a page size over MAX_PAGE_SIZE (a
 * literal, a variable or a variable's default) before execution.
 */
export function queryLimitsPlugin(limits: AbuseLimits['query']): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (!operation) return;
          const variables = request.variables ?? {};
          const defaults = new Map<string, ASTNode>();
          for (const definition of operation.variableDefinitions ?? []) {
            if (definition.defaultValue) defaults.set(definition.variable.name.value, definition.defaultValue);
          }
          const check = (value: ASTNode) => {
            let first: unknown;
            if (value.kind === Kind.INT) first = Number(value.value);
            else if (value.kind === Kind.VARIABLE) {
              const name = value.name.value;
              if (name in variables) first = variables[name];
              else {
                const fallback = defaults.get(name);
                if (fallback?.kind === Kind.INT) first = Number(fallback.value);
              }
            }
            // Anything else (null, a string) is the schema's to refuse when variables are coerced.
            if (typeof first === 'number' && (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE)) {
              throw pageSizeError(first);
            }
          };
          const roots: ASTNode[] = [
            operation,
            ...document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION),
          ];
          for (const root of roots) {
            visit(root, {
              Argument(node) {
                if (node.name.value === 'first') check(node.value);
              },
            });
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            const extensions = error.extensions as Record<string, unknown> | undefined;
            if (extensions) markLimitRefusal(error as MutableError, extensions, limits);
          }
        },
      };
    },
  };
}
