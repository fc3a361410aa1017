import { WorkspaceModel, type WorkspaceDoc } from './workspace.model';

export async function findWorkspace(workspaceId: string): Promise<WorkspaceDoc | null> {
  return WorkspaceModel.findById(workspaceId).lean<WorkspaceDoc>().exec();
}

/** Creates the workspace if missing; never changes an existing one's data. */
export async function ensureWorkspace(workspaceId: string, name: string): Promise<WorkspaceDoc> {
  const workspace = await WorkspaceModel.findOneAndUpdate(
    { _id: workspaceId },
    { $setOnInsert: { name } },
    { upsert: true, returnDocument: 'after' },
  )
    .lean<WorkspaceDoc>()
    .exec();
  if (!workspace) throw new Error(`Workspace ${workspaceId} could not be created`);
  return workspace;
}
