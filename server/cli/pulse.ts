/**
 * The `pulse` CLI entry (bundled to plain JavaScript by `npm run build`, run through bin/pulse.js).
 * Each command lives in ./commands/<name>.ts and exports `run(args, io)`.
 */
import { type CliCommand, type CliIo, EXIT_USAGE, UsageError } from './io.js';

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: CliCommand }> }> = {
  // Registered by each feature; keep alphabetical.
  causes: {
    summary: 'Group documents by recurring cause, offline',
    load: () => import('./commands/causes.js'),
  },
  sync: {
    summary: 'Backfill action-item status from GitHub Issues or Jira',
    load: () => import('./commands/sync.js'),
  },
  reanalyze: {
    summary: 'Recompute analysis an older version produced',
    load: () => import('./commands/reanalyze.js'),
  },
  demo: {
    summary: 'Remove (or load) the generated demo organisation',
    load: () => import('./commands/demo.js'),
  },
  'erase-person': {
    summary: "Erase a person's name from every stored text",
    load: () => import('./commands/erase-person.js'),
  },
  digest: {
    summary: 'Weekly digest: subscribe, list, preview, send',
    load: () => import('./commands/digest.js'),
  },
  import: {
    summary: 'Import postmortems from files, folders and globs',
    load: () => import('./commands/import.js'),
  },
  lint: { summary: 'Check a draft for blame-oriented language', load: () => import('./commands/lint.js') },
  parse: {
    summary: 'Show what would be extracted from documents, without storing',
    load: () => import('./commands/parse.js'),
  },
  token: { summary: 'Create, list and revoke API tokens', load: () => import('./commands/token.js') },
};

function usage(): string {
  const lines = Object.entries(COMMANDS)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, c]) => `  ${name.padEnd(14)} ${c.summary}`);
  return `Usage: pulse <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun 'pulse <command> --help' for a command's options.\n`;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name ? 0 : EXIT_USAGE;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`pulse: unknown command '${name}'\n\n${usage()}`);
    return EXIT_USAGE;
  }
  try {
    const { run } = await command.load();
    return await run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`pulse ${name}: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
