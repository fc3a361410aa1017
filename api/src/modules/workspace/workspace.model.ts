import mongoose, { Schema } from 'mongoose';
import type { Playbook, SurveyPolicy, SurveyRules } from '../../loyalty';

/** A workspace's own playbook; absent while it uses the default. */
export interface StoredPlaybook {
  /** The situations its admins edited; the others follow the default in the reader's language. */
  rules: Partial<Playbook>;
  updatedAt: Date;
  updatedBy: string;
}

/** Who changed a helpdesk's settings, and when. */
interface EmbedHostChange {
  updatedBy: string;
  updatedAt: Date;
}

/** The Zendesk sidebar app: the shared secret its JWTs are signed with, sealed by the secret box. */
export interface ZendeskEmbedHost extends EmbedHostChange {
  sealedSecret: string;
  fingerprint: string;
}

/** The Chatwoot server whose API confirms an agent's access token, and the account they must belong to. */
export interface ChatwootEmbedHost extends EmbedHostChange {
  baseUrl: string;
  accountId: number;
}

export interface EmbedHosts {
  zendesk?: ZendeskEmbedHost | null;
  chatwoot?: ChatwootEmbedHost | null;
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
  /** Helpdesk origins allowed to frame the panel pages (CSP `frame-ancestors`); absent: none. */
  embedOrigins?: string[] | null;
  /** The helpdesks that show the panel and how their sessions are checked (modules/embed); absent: none. */
  embedHosts?: EmbedHosts | null;
  /**
   * Set by `npm run workspace -- disable`: every token and API key of the workspace is refused
   * from the next request on. Absent or null while the workspace is enabled.
   */
  disabledAt?: Date | null;
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
    // Validated by workspace.embed.ts (plain https origins, at most 20).
    embedOrigins: { type: [String], default: undefined },
    // Validated and sealed by modules/embed/embed.settings.ts.
    embedHosts: { type: Schema.Types.Mixed, default: undefined },
    disabledAt: { type: Date, default: null },
  },
  { timestamps: true, versionKey: false },
);

export const WorkspaceModel = mongoose.model<WorkspaceDoc>('Workspace', workspaceSchema, 'workspaces');
