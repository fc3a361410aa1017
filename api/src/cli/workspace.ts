import { Command, Option } from 'commander';
import { API_KEY_ROLES, type Role } from '../auth/permissions';
import { ConfigError, loadConfig } from '../config';
import { closeDatabaseOnSignals, openDatabase } from '../db/connect';
import { issueApiKey } from '../modules/api-key/api-key.service';
import {
  createWorkspace,
  isDisabled,
  listWorkspaces,
  requireWorkspace,
  setWorkspaceDisabled,
  WorkspaceAdminError,
  workspaceIdSchema,
  workspaceNameSchema,
} from '../modules/workspace/workspace.admin';

// `npm run workspace -- create acme --name "Acme"`, `list`, `disable acme`, `enable acme`,
// `key acme --role admin --name bootstrap`: operators manage tenants and mint the first admin
// API key. Problems print one line and exit 1, having written nothing.

/** Opens the configured database, runs `work`, closes it (also on Ctrl-C / SIGTERM). */
async function withDatabase(work: () => Promise<void>): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config, (message) => console.error(message));
  closeDatabaseOnSignals(database);
  try {
    await work();
  } finally {
    await database.close();
  }
}

/** Checks an argument before any database work, so a typo costs no connection. */
function validId(id: string): string {
  const parsed = workspaceIdSchema.safeParse(id);
  if (!parsed.success) throw new WorkspaceAdminError(`Workspace id "${id}" ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

function stateOf(workspace: { disabledAt?: Date | null }): string {
  return isDisabled(workspace) ? `disabled since ${workspace.disabledAt?.toISOString()}` : 'active';
}

const program = new Command('workspace').description(
  'Creates, lists, disables and enables workspaces; mints API keys.',
);

program
  .command('create')
  .description('creates a workspace')
  .argument('<id>', 'workspace id: a slug such as "acme" (2-40 lowercase letters, digits, hyphens)')
  .requiredOption('--name <name>', 'display name, 1 to 100 characters')
  .action(async (id: string, options: { name: string }) => {
    const workspaceId = validId(id);
    const name = workspaceNameSchema.safeParse(options.name);
    if (!name.success) throw new WorkspaceAdminError(`Workspace name ${name.error.issues[0]?.message}`);
    await withDatabase(async () => {
      const workspace = await createWorkspace(workspaceId, name.data);
      console.log(`Created workspace "${workspace._id}" (${workspace.name})`);
    });
  });

program
  .command('list')
  .description('lists every workspace with its state')
  .action(async () => {
    await withDatabase(async () => {
      const workspaces = await listWorkspaces();
      if (workspaces.length === 0) {
        console.log('No workspaces');
        return;
      }
      const rows = workspaces.map((workspace) => [workspace._id, stateOf(workspace), workspace.name] as const);
      const idWidth = Math.max(...rows.map(([id]) => id.length));
      const stateWidth = Math.max(...rows.map(([, state]) => state.length));
      for (const [id, state, name] of rows) console.log(`${id.padEnd(idWidth)}  ${state.padEnd(stateWidth)}  ${name}`);
    });
  });

for (const [command, disabled] of [
  ['disable', true],
  ['enable', false],
] as const) {
  program
    .command(command)
    .description(
      disabled
        ? 'disables a workspace: its tokens and API keys are refused from the next request on; data is kept'
        : 'enables a disabled workspace again',
    )
    .argument('<id>', 'workspace id')
    .action(async (id: string) => {
      const workspaceId = validId(id);
      await withDatabase(async () => {
        const workspace = await setWorkspaceDisabled(workspaceId, disabled);
        console.log(`Workspace "${workspace._id}" is ${stateOf(workspace)}`);
      });
    });
}

program
  .command('key')
  .description('creates an API key for a workspace and prints it once (on stdout; store it now)')
  .argument('<id>', 'workspace id')
  .addOption(new Option('--role <role>', 'role the key carries').choices(API_KEY_ROLES).makeOptionMandatory())
  .requiredOption('--name <name>', 'a name for the key, 1 to 100 characters')
  .action(async (id: string, options: { role: Role; name: string }) => {
    const workspaceId = validId(id);
    const name = workspaceNameSchema.safeParse(options.name);
    if (!name.success) throw new WorkspaceAdminError(`Key name ${name.error.issues[0]?.message}`);
    await withDatabase(async () => {
      await requireWorkspace(workspaceId);
      const { apiKey, secret } = await issueApiKey(workspaceId, {
        name: name.data,
        role: options.role,
        createdBy: 'cli',
      });
      console.error(
        `Created ${apiKey.role} API key "${apiKey.name}" (${apiKey.prefix}) for workspace "${workspaceId}":`,
      );
      process.stdout.write(`${secret}\n`);
    });
  });

program.parseAsync().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof WorkspaceAdminError;
  // GraphQLErrors from shared services (the active-key limit) carry a clear message too.
  const message = known || (error as { extensions?: unknown }).extensions ? (error as Error).message : error;
  console.error(message);
  process.exit(1);
});
