import { reanalyzeBlame } from '../../services/blame.js';
import { reanalyzeCauses } from '../../services/causes.js';
import { cliConfig, openDatabase } from '../database.js';
import { type CliIo, EXIT_OK, parseCommandArgs, UsageError } from '../io.js';

const HELP = `Usage: pulse reanalyze [--force] [--only blame|causes]

Recomputes analysis results that an older rule, model or analysis version produced (all of them with
--force). Dismissed findings and cause corrections are inputs, so they survive.
`;

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    force: { type: 'boolean' },
    only: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`);
  if (values.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  if (values.only && !['blame', 'causes'].includes(values.only))
    throw new UsageError('--only takes blame or causes.');
  const config = cliConfig(io);
  const { db, close } = await openDatabase(config);
  try {
    if (values.only !== 'causes') {
      const blame = await reanalyzeBlame(db, { force: values.force ?? false });
      io.stdout(`blame: ${blame.updated} of ${blame.examined} postmortems reanalysed\n`);
    }
    if (values.only !== 'blame') {
      const causes = await reanalyzeCauses(
        { db, recurrenceWindowDays: config.RECURRENCE_WINDOW_DAYS },
        { force: values.force ?? false },
      );
      io.stdout(`causes: ${causes.updated} postmortems reanalysed\n`);
    }
  } finally {
    close();
  }
  return EXIT_OK;
}
