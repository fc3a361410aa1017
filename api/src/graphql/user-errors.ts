import type { UserError } from '../__generated__/resolvers-types';
import { UserInputError } from '../errors';

// The mutations behind the panel's forms (followUpComplete, followUpDismiss,
// recommendedActionComplete/Dismiss, salesCandidateMarkContacted, playbookUpdate,
// surveyPolicyUpdate) answer problems the person filling the form can fix as data: the
// payload's `errors: [UserError!]!`, its object fields null, nothing written. Their services
// still validate (zod) and throw BAD_USER_INPUT like every other service; this is where that
// refusal becomes data. Anything else (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, a
// fault of ours) is thrown on as a GraphQL error. Machine-facing mutations (responseRecord,
// contactUpsert, secrets, keys, alert endpoints, ...) keep throwing BAD_USER_INPUT.

/** The payload of a form mutation: its fields, or the same fields null and the problems. */
export type FormPayload<P extends object> = (P | { [K in keyof P]: null }) & { errors: UserError[] };

/** A service's input path (`outcome`, `rules.0.title`) as a path from the argument (`input.outcome`). */
function inputPath(field: string | null): string | null {
  return field ? `input.${field}` : null;
}

/**
 * Runs a form mutation's service call: its result with `errors: []`, or, when the service
 * refused the input (BAD_USER_INPUT), every problem as a UserError and the payload's
 * fields (`empty`) null.
 */
export async function formPayload<P extends object>(
  empty: { [K in keyof P]: null },
  run: () => Promise<P>,
): Promise<FormPayload<P>> {
  try {
    return { ...(await run()), errors: [] };
  } catch (error) {
    if (!(error instanceof UserInputError)) throw error;
    return {
      ...empty,
      errors: error.problems.map((problem) => ({ field: inputPath(problem.field), message: problem.message })),
    };
  }
}
