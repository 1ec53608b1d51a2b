import { type ParseArgsConfig, parseArgs } from 'node:util';

/** What a CLI command may touch. Commands get this instead of process globals so tests can run them in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads all of standard input (for `-` or no FILE). */
  readStdin: () => Promise<string>;
  /** Whether stdout is a terminal (progress bars only then). */
  isTty: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** Exit codes shared by every command: 0 ok, 1 finding/failure, 2 usage error. */
export const EXIT_OK = 0;
export const EXIT_FINDING = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {}

export type CliCommand = (args: string[], io: CliIo) => Promise<number>;

/**
 * `parseArgs` as every command uses it: positionals allowed, and an unknown or malformed option is a
 * usage error (exit 2) with node's own message.
 */
export function parseCommandArgs<const O extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: O,
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
