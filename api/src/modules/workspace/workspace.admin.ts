import { z } from 'zod';
import { assertCan, type Viewer } from '../../auth/viewer';
import { isDuplicateKeyError } from '../../db/errors';
import { notFound } from '../../errors';
import { parseInput, requiredText } from '../../validation';
import { WorkspaceModel, type WorkspaceDoc } from './workspace.model';

// Workspaces are created, listed, disabled and enabled by operators (`npm run workspace`);
// an admin reads and renames their own through GraphQL.

/**
 * Workspace ids are slugs: 2 to 40 lowercase letters, digits and single hyphens, starting
 * with a letter. They appear in tokens, webhook paths and CSV file names as they are.
 */
export const WORKSPACE_ID_PATTERN = /^[a-z](?:[a-z0-9]|-(?=[a-z0-9])){1,39}$/;

export const workspaceIdSchema = z
  .string()
  .regex(
    WORKSPACE_ID_PATTERN,
    'must be a slug: 2 to 40 lowercase letters, digits and single hyphens, starting with a letter and not ending with a hyphen',
  );
export const workspaceNameSchema = requiredText(100);

/** An operator's mistake (bad id or name, duplicate, unknown workspace): the CLI prints it and exits 1. */
export class WorkspaceAdminError extends Error {}

function checked<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new WorkspaceAdminError(`${what} ${parsed.error.issues[0]?.message ?? 'is invalid'}`);
  return parsed.data;
}

/** Creates a workspace; refuses a bad id or name and an id already taken, writing nothing. */
export async function createWorkspace(id: string, name: string): Promise<WorkspaceDoc> {
  const workspaceId = checked(workspaceIdSchema, id, `Workspace id "${id}"`);
  const workspaceName = checked(workspaceNameSchema, name, 'Workspace name');
  try {
    const created = await WorkspaceModel.create({ _id: workspaceId, name: workspaceName, disabledAt: null });
    return created.toObject<WorkspaceDoc>();
  } catch (error) {
    if (isDuplicateKeyError(error)) throw new WorkspaceAdminError(`Workspace "${workspaceId}" already exists`);
    throw error;
  }
}

export async function listWorkspaces(): Promise<WorkspaceDoc[]> {
  return WorkspaceModel.find().sort({ _id: 1 }).lean<WorkspaceDoc[]>().exec();
}

/** An existing workspace, or WorkspaceAdminError. */
export async function requireWorkspace(id: string): Promise<WorkspaceDoc> {
  const workspace = await WorkspaceModel.findById(id).lean<WorkspaceDoc>().exec();
  if (!workspace) throw new WorkspaceAdminError(`There is no workspace "${id}"`);
  return workspace;
}

/**
 * Disables (every credential of the workspace refused from the next request on) or enables a
 * workspace. Disabling a disabled workspace keeps its first `disabledAt`.
 */
export async function setWorkspaceDisabled(id: string, disabled: boolean): Promise<WorkspaceDoc> {
  await requireWorkspace(id);
  const update = disabled
    ? WorkspaceModel.findOneAndUpdate({ _id: id, disabledAt: null }, { $set: { disabledAt: new Date() } })
    : WorkspaceModel.findOneAndUpdate({ _id: id, disabledAt: { $ne: null } }, { $set: { disabledAt: null } });
  await update.exec();
  return requireWorkspace(id);
}

export function isDisabled(workspace: Pick<WorkspaceDoc, 'disabledAt'>): boolean {
  return workspace.disabledAt !== null && workspace.disabledAt !== undefined;
}

/** The caller's own workspace (admins). */
export async function readOwnWorkspace(viewer: Viewer): Promise<WorkspaceDoc> {
  const { workspaceId } = assertCan(viewer, 'workspace:manage');
  const workspace = await WorkspaceModel.findById(workspaceId).lean<WorkspaceDoc>().exec();
  if (!workspace) throw notFound(`There is no workspace "${workspaceId}"`);
  return workspace;
}

const workspaceUpdateSchema = z.object({ name: workspaceNameSchema });

/** Renames the caller's workspace (admins); bad input changes nothing. */
export async function updateOwnWorkspace(viewer: Viewer, input: { name: string }): Promise<WorkspaceDoc> {
  const { workspaceId } = assertCan(viewer, 'workspace:manage');
  const { name } = parseInput(workspaceUpdateSchema, input);
  const workspace = await WorkspaceModel.findOneAndUpdate(
    { _id: workspaceId },
    { $set: { name } },
    { returnDocument: 'after' },
  )
    .lean<WorkspaceDoc>()
    .exec();
  if (!workspace) throw notFound(`There is no workspace "${workspaceId}"`);
  return workspace;
}
