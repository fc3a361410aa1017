import { Command, InvalidArgumentError, Option } from 'commander';
import { signToken } from '../auth/jwt';
import { ROLES, type Role } from '../auth/permissions';
import { ConfigError, loadConfig } from '../config';

function positiveSeconds(value: string): number {
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds <= 0) throw new InvalidArgumentError('must be a positive integer');
  return seconds;
}

const options = new Command('token')
  .description('Prints a signed development token (JWT) for the configured JWT_SECRET.')
  .addOption(new Option('--role <role>', 'role of the token').choices(ROLES).default('agent'))
  .requiredOption('--workspace <id>', 'workspace id the token is scoped to')
  .option('--user <id>', 'user id (the sub claim)', 'dev-user')
  .option('--expires-in <seconds>', 'lifetime in seconds', positiveSeconds, 8 * 60 * 60)
  .parse()
  .opts<{ role: Role; workspace: string; user: string; expiresIn: number }>();

try {
  const config = loadConfig();
  const token = signToken(
    config.jwt,
    { userId: options.user, workspaceId: options.workspace, role: options.role },
    options.expiresIn,
  );
  process.stdout.write(`${token}\n`);
} catch (error) {
  // RangeError: a lifetime over JWT_MAX_LIFETIME_SECONDS.
  console.error(error instanceof ConfigError || error instanceof RangeError ? error.message : error);
  process.exit(1);
}
