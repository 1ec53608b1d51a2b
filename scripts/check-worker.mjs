// CI check for the Workers build: bundles server/worker.ts exactly as `wrangler deploy` would
// (--dry-run, nothing uploaded), gzips the bundle and fails above the budget. Prints the size.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KIB = 500;
const outdir = 'dist/worker';

if (!existsSync('dist/web')) {
  // wrangler refuses a missing [assets] directory; the dashboard build (npm run build) normally makes it.
  console.warn('check-worker: dist/web is missing (run `npm run build`); checking the Worker with no assets.');
  mkdirSync('dist/web', { recursive: true });
}
rmSync(outdir, { recursive: true, force: true });
execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outdir], { stdio: 'inherit' });

const files = readdirSync(outdir, { recursive: true })
  .map(String)
  .filter((f) => /\.(m?js|wasm)$/.test(f) && statSync(join(outdir, f)).isFile());
if (files.length === 0) {
  console.error(`check-worker: wrangler wrote no JavaScript to ${outdir}.`);
  process.exit(1);
}
let raw = 0;
let gzipped = 0;
for (const f of files) {
  const bytes = readFileSync(join(outdir, f));
  raw += bytes.length;
  gzipped += gzipSync(bytes, { level: 9 }).length;
}
const kib = (n) => (n / 1024).toFixed(1);
console.log(`Worker bundle: ${files.join(', ')}: ${kib(raw)} KiB raw, ${kib(gzipped)} KiB gzip (budget ${BUDGET_KIB} KiB gzip).`);
if (gzipped > BUDGET_KIB * 1024) {
  console.error(`check-worker: the bundle is over budget by ${kib(gzipped - BUDGET_KIB * 1024)} KiB gzip.`);
  process.exit(1);
}
