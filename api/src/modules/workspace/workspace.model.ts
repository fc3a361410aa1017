import mongoose, { Schema, type InferSchemaType } from 'mongoose';

const workspaceSchema = new Schema(
  {
    // The workspace id is a readable slug (`demo`, `acme`), the `workspace` claim of tokens.
    _id: { type: String, required: true },
    name: { type: String, required: true },
  },
  { timestamps: true, versionKey: false },
);

export type WorkspaceDoc = InferSchemaType<typeof workspaceSchema> & { _id: string };

export const WorkspaceModel = mongoose.model('Workspace', workspaceSchema, 'workspaces');
