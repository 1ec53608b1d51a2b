import { erasePerson } from '../../services/erasure.js';
import { cliConfig, openDatabase } from '../database.js';
import { type CliIo, EXIT_OK, parseCommandArgs, UsageError } from '../io.js';

const HELP = `Usage: pulse erase-person NAME [--json]

Right to erasure: replaces NAME (whole words, any case, any whitespace between its parts) in every stored
text with "[redacted]" (document bodies and finding excerpts get a same-length mask so highlights stay
aligned) and prints how many rows changed per table. The erasure is recorded in the audit log without
the name. Erase the name in the source documents too, or a re-import brings it back.
`;

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  const name = positionals.join(' ').trim();
  if (name.length < 2) throw new UsageError('give the name to erase (at least two characters)');
  const config = cliConfig(io);
  const { db, close } = await openDatabase(config);
  try {
    const report = await erasePerson(
      db,
      name,
      { actor: 'cli' },
      { recurrenceWindowDays: config.RECURRENCE_WINDOW_DAYS },
    );
    if (values.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    else {
      io.stdout(`Erased ${report.occurrences} occurrence(s) in ${report.rows} row(s).\n`);
      for (const [table, rows] of Object.entries(report.tables))
        if (rows) io.stdout(`  ${table.padEnd(18)} ${rows}\n`);
    }
    return EXIT_OK;
  } finally {
    close();
  }
}
