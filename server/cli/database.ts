import { createDb, type Db } from '../../db/client.js';
import { ensureDatabaseFolder, migrateNode } from '../../db/migrate-node.js';
import { type Config, ConfigError, parseConfig } from '../config.js';
import type { Principal } from '../services/principal.js';
import { type CliIo, UsageError } from './io.js';

/** Config for a CLI command, parsed once; a bad env is a usage error with the zod message. */
export function cliConfig(io: CliIo): Config {
  try {
    return parseConfig(io.env);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}

/** Opens (and migrates) the configured database for commands that work on it directly. */
export async function openDatabase(config: Config): Promise<{ db: Db; close: () => void }> {
  ensureDatabaseFolder(config.DATABASE_URL);
  const handle = createDb({ url: config.DATABASE_URL, authToken: config.DATABASE_AUTH_TOKEN });
  await migrateNode(handle.db);
  return handle;
}

/** Whoever can run the CLI against the database file already holds every right to it. */
export const CLI_PRINCIPAL: Principal = {
  role: 'admin',
  teams: [],
  subject: 'cli',
  via: 'token',
  tokenId: null,
  sessionId: null,
};
