import mongoose, { Schema } from 'mongoose';
import type { Playbook, SurveyPolicy, SurveyRules } from '../../loyalty';

/** A workspace's own playbook; absent while it uses the default. */
export interface StoredPlaybook {
  rules: Playbook;
  updatedAt: Date;
  updatedBy: string;
}

export interface WorkspaceDoc {
  // The workspace id is a readable slug (`demo`, `acme`), the `workspace` claim of tokens.
  _id: string;
  name: string;
  playbook?: StoredPlaybook | null;
  /**
   * Absent while it uses the default policy. A policy stored before rules were set per
   * metric is one set of rules for every metric (see `policyOf`).
   */
  surveyPolicy?: SurveyPolicy | SurveyRules | null;
  createdAt: Date;
  updatedAt: Date;
}

const workspaceSchema = new Schema<WorkspaceDoc>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    // Validated by the loyalty core before every write; stored as plain data.
    playbook: { type: Schema.Types.Mixed, default: null },
    surveyPolicy: { type: Schema.Types.Mixed, default: null },
  },
  { timestamps: true, versionKey: false },
);

export const WorkspaceModel = mongoose.model<WorkspaceDoc>('Workspace', workspaceSchema, 'workspaces');
