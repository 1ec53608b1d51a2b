import {
  countPostmortems,
  DEMO_POSTMORTEMS,
  DEMO_SEED,
  loadDemoOrganisation,
  removeDemoData,
} from '../../services/demo.js';
import { cliConfig, openDatabase } from '../database.js';
import { type CliIo, EXIT_FINDING, EXIT_OK, parseCommandArgs, UsageError } from '../io.js';

const HELP = `Usage: pulse demo remove
       pulse demo load [--seed N] [--count N]

remove  Deletes the generated demo organisation (every row marked as demo) and nothing else.
        The first real import does this by itself.
load    Loads the demo organisation into an empty database (the server does this on first start
        unless PULSE_DEMO=off). Refuses when real postmortems are present.
`;

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    seed: { type: 'string' },
    count: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  const [action, ...rest] = positionals;
  if (rest.length > 0 || (action !== 'remove' && action !== 'load'))
    throw new UsageError(`give 'remove' or 'load'.\n\n${HELP}`);
  const integer = (raw: string | undefined, name: string, fallback: number) => {
    if (raw === undefined) return fallback;
    if (!/^\d+$/.test(raw)) throw new UsageError(`--${name} must be a whole number.`);
    return Number(raw);
  };
  const seed = integer(values.seed, 'seed', DEMO_SEED);
  const count = integer(values.count, 'count', DEMO_POSTMORTEMS);

  const config = cliConfig(io);
  const { db, close } = await openDatabase(config);
  try {
    if (action === 'remove') {
      const removed = await removeDemoData(db);
      io.stdout(
        removed > 0
          ? `Removed the demo organisation (${removed} postmortems).\n`
          : 'No demo data to remove.\n',
      );
      return EXIT_OK;
    }
    const real = await countPostmortems(db, false);
    if (real > 0) {
      io.stderr(
        `pulse demo: the database holds ${real} real postmortems; the demo would mix into their figures. Not loading it.\n`,
      );
      return EXIT_FINDING;
    }
    const ctx = {
      db,
      maxDocumentBytes: config.MAX_DOCUMENT_BYTES,
      recurrenceWindowDays: config.RECURRENCE_WINDOW_DAYS,
    };
    const loaded = await loadDemoOrganisation(ctx, { today: new Date(), seed, postmortems: count });
    io.stdout(
      `Loaded the demo organisation: ${loaded.postmortems} postmortems, ${loaded.actionItems} action items. Remove it with \`pulse demo remove\`.\n`,
    );
    return EXIT_OK;
  } finally {
    close();
  }
}
