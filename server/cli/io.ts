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
