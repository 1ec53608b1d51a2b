/**
 * Full-size ingest load figure: npm run load:ingest [-- --documents N --copies C --connections K]
 * (bundled with esbuild to dist/load-ingest.mjs, then run with node). Prints throughput, latency
 * percentiles and the exact counts found in the database afterwards; exits 1 when counts are off.
 */
import { parseArgs } from 'node:util';

// server/node.ts starts a server when it is the entry file, which in this bundle it shares with us:
// hide the entry path before its module initialises (esbuild runs a dynamic import's module lazily).
process.argv[1] = '';
const { runIngestLoad } = await import('../test/load/ingest-load.js');

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '1000' },
    copies: { type: 'string', default: '3' },
    connections: { type: 'string', default: '32' },
  },
});
const documents = Number(values.documents);
const copies = Number(values.copies);
const report = await runIngestLoad({ documents, copies, connections: Number(values.connections) });
process.stdout.write(
  `${JSON.stringify({ documents, copies, connections: Number(values.connections), ...report }, null, 2)}\n`,
);
const exact =
  report.errors === 0 &&
  report.non2xx === 0 &&
  report.outcomes.created === documents &&
  report.outcomes.unchanged === documents * (copies - 1) &&
  report.stored.postmortems === documents &&
  report.stored.revisions === documents &&
  report.stored.duplicateIdentities === 0 &&
  report.stored.withoutSingleRevision === 0;
process.exit(exact ? 0 : 1);
