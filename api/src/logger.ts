import { pino, type DestinationStream, type Logger, type LevelWithSilent } from 'pino';

export type { Logger, DestinationStream };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = LevelWithSilent;

export interface LoggerOptions {
  /** Default `info`; tests pass `silent` unless they capture the output. */
  level?: LogLevel;
  /** Where the JSON lines go; stdout by default. Tests hand in a stream to read them back. */
  destination?: DestinationStream;
}

/**
 * The API server's structured log: one JSON object per line (pino), with `time`, `level`,
 * `msg`, and `requestId` on every line written while handling a request. Secrets are
 * censored wherever they might appear in a logged object.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: 'nps-desk' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: [
          'authorization',
          'token',
          'secret',
          'password',
          '*.authorization',
          '*.token',
          '*.secret',
          '*.password',
          'headers.authorization',
          '*.headers.authorization',
        ],
        censor: '[redacted]',
      },
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}
