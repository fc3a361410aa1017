import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { httpStatusOf } from '../errors';
import { ILL_FORMED_MESSAGE, illFormedStringPath } from '../validation';

/**
 * Refuses every GraphQL request holding a string that is not well-formed Unicode (a lone
 * UTF-16 surrogate), in its variables or anywhere in its document (inline arguments),
 * before anything runs: BAD_USER_INPUT with HTTP 400, `extensions.field` naming where.
 * MongoDB would store such a string with U+FFFD in place of the surrogate, so two
 * different ids would become one (the second answer dropped as a duplicate). One place for
 * every input, whatever its scalar or schema.
 */
export function wellFormedInputPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request }) {
          const field =
            illFormedStringPath(request.variables ?? {}, 'variables') ??
            illFormedStringPath(request.query ?? '', 'query') ??
            illFormedStringPath(request.operationName ?? '', 'operationName');
          if (field === null) return;
          throw new GraphQLError(`${field}: ${ILL_FORMED_MESSAGE}`, {
            extensions: { code: 'BAD_USER_INPUT', field, http: { status: httpStatusOf('BAD_USER_INPUT') } },
          });
        },
      };
    },
  };
}
