import { z } from 'zod';
import type { PlaybookUpdateInput } from '../../__generated__/resolvers-types';
import { assertCan, type Viewer } from '../../auth/viewer';
import { badUserInput, conflict } from '../../errors';
import {
  ACTION_PRIORITIES,
  PLAYBOOK_TRIGGERS,
  playbookProblems,
  withDefaultRules,
  type Locale,
  type Playbook,
} from '../../loyalty';
import { parseInput } from '../../validation';
import { kindSchema } from '../follow-up/follow-up.input';
import { playbookOf } from '../recommendation/recommendation.service';
import { WorkspaceModel, type WorkspaceDoc } from '../workspace/workspace.model';

/** What the API shows of a playbook. */
export interface PlaybookView {
  rules: Playbook;
  isDefault: boolean;
  updatedAt: Date | null;
  updatedBy: string | null;
}

/** Situations no admin edited read in `locale`, the caller's language. */
function viewOf(workspace: WorkspaceDoc, locale: Locale): PlaybookView {
  return {
    rules: playbookOf(workspace, locale),
    isDefault: !workspace.playbook,
    updatedAt: workspace.playbook?.updatedAt ?? null,
    updatedBy: workspace.playbook?.updatedBy ?? null,
  };
}

// Size limits (issue 10): a playbook is read on every recommendation of its workspace, so it
// stays small: at most one rule per trigger, 20 actions a rule, short titles and scripts.
export const MAX_ACTION_TITLE_LENGTH = 120;
export const MAX_SCRIPT_TEMPLATE_LENGTH = 2000;
export const MAX_ACTIONS_PER_RULE = 20;

const actionSchema = z.object({
  kind: kindSchema,
  title: z.string().max(MAX_ACTION_TITLE_LENGTH, `must be at most ${MAX_ACTION_TITLE_LENGTH} characters`),
  scriptTemplate: z
    .string()
    .max(MAX_SCRIPT_TEMPLATE_LENGTH, `must be at most ${MAX_SCRIPT_TEMPLATE_LENGTH} characters`),
  priority: z.enum(ACTION_PRIORITIES),
  dueInHours: z
    .number()
    .nullish()
    .transform((value) => value ?? null),
  requiresCompany: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
});

const updateSchema = z.object({
  rules: z
    .array(
      z.object({
        trigger: z.enum(PLAYBOOK_TRIGGERS),
        actions: z.array(actionSchema).max(MAX_ACTIONS_PER_RULE, `must have at most ${MAX_ACTIONS_PER_RULE} actions`),
      }),
    )
    .min(1, 'must change at least one rule')
    .max(PLAYBOOK_TRIGGERS.length, `must have at most ${PLAYBOOK_TRIGGERS.length} rules, one per trigger`)
    .refine((rules) => new Set(rules.map((rule) => rule.trigger)).size === rules.length, 'must name each trigger once'),
});

export function getPlaybook(viewer: Viewer, locale: Locale): PlaybookView {
  const { workspace } = assertCan(viewer, 'settings:read');
  return viewOf(workspace, locale);
}

/**
 * Replaces the actions of the rules given; the others stay. Only rules an admin wrote are
 * stored, so the situations nobody edited keep following the default in each reader's
 * language. The whole resulting playbook is validated before anything is written. Refused
 * with CONFLICT when the workspace changed since this request read it (two admins editing at once).
 */
export async function updatePlaybook(
  viewer: Viewer,
  input: PlaybookUpdateInput,
  locale: Locale,
  now = new Date(),
): Promise<PlaybookView> {
  const admin = assertCan(viewer, 'settings:write');
  const values = parseInput(updateSchema, input);
  const rules: Partial<Playbook> = { ...admin.workspace.playbook?.rules };
  for (const rule of values.rules) rules[rule.trigger] = rule.actions;
  const problems = playbookProblems(withDefaultRules(rules));
  if (problems.length > 0) {
    throw badUserInput(
      `Invalid playbook: ${problems.join('; ')}`,
      'rules',
      problems.map((message) => ({ field: 'rules', message })),
    );
  }
  return savePlaybook(admin.workspace, { rules, updatedAt: now, updatedBy: admin.userId }, locale);
}

export async function resetPlaybook(viewer: Viewer, locale: Locale): Promise<PlaybookView> {
  const admin = assertCan(viewer, 'settings:write');
  return savePlaybook(admin.workspace, null, locale);
}

async function savePlaybook(
  workspace: WorkspaceDoc,
  playbook: WorkspaceDoc['playbook'],
  locale: Locale,
): Promise<PlaybookView> {
  const saved = await WorkspaceModel.findOneAndUpdate(
    { _id: workspace._id, updatedAt: workspace.updatedAt },
    { $set: { playbook } },
    { returnDocument: 'after' },
  )
    .lean<WorkspaceDoc>()
    .exec();
  if (!saved) throw conflict('The workspace settings changed meanwhile; reload and try again');
  return viewOf(saved, locale);
}
