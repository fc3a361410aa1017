// axe-core in Chromium for the browser tests: run in a page, or in a frame for the panel as a
// helpdesk shows it inside its iframe.
import type { AxeResults, ContextObject, RunOptions } from 'axe-core';
import type { Frame, Page } from 'playwright-core';

/** axe-core's browser build, injected into each document (it only runs in one). */
const AXE_SCRIPT = require.resolve('axe-core');

/** What a failure message needs of a violation: the rule, its impact and where. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core on `root` (a selector) in `target`'s document, with `rules` switched as given:
 * every violation, whatever its impact, and how many rules passed (so an empty list cannot come
 * from checking nothing).
 */
export async function runAxe(
  target: Page | Frame,
  root: string,
  rules: RunOptions['rules'] = {},
): Promise<{ violations: AxeViolation[]; passedRules: number }> {
  await target.addScriptTag({ path: AXE_SCRIPT });
  return target.evaluate(
    async ({ include, switched }) => {
      const { axe } = window as unknown as {
        axe: { run(context: ContextObject, options: RunOptions): Promise<AxeResults> };
      };
      const results = await axe.run({ include: [include] }, { resultTypes: ['violations'], rules: switched });
      return {
        passedRules: results.passes.length,
        violations: results.violations.map((violation) => ({
          id: violation.id,
          impact: violation.impact ?? null,
          help: violation.help,
          targets: violation.nodes.map((node) => node.target.join(' ')),
        })),
      };
    },
    { include: root, switched: rules },
  );
}
