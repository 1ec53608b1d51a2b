// CI check for the Workers build: bundles server/worker.ts exactly as `wrangler deploy` would
// (--dry-run, nothing uploaded), gzips the bundle and fails above the budget. Prints the size.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KIB = 500;
const outdir = 'dist/worker';

if (!existsSync('dist/web')) {
  // wrangler refuses a missing [assets] directory; the dashboard build (npm run build) normally makes it.
  console.warn(
    'check-worker: dist/web is missing (run `npm run build`); checking the Worker with no assets.',
  );
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
console.log(
  `Worker bundle: ${files.join(', ')}: ${kib(raw)} KiB raw, ${kib(gzipped)} KiB gzip (budget ${BUDGET_KIB} KiB gzip).`,
);
if (gzipped > BUDGET_KIB * 1024) {
  console.error(`check-worker: the bundle is over budget by ${kib(gzipped - BUDGET_KIB * 1024)} KiB gzip.`);
  process.exit(1);
}

// `--cold-start`: boots the bundle in a fresh workerd (Miniflare, wrangler's own runtime) a few times
// and reports the boot and the first request (module evaluation + dependency build + one request).
if (process.argv.includes('--cold-start')) {
  const { Miniflare } = await import('miniflare');
  const wranglerToml = readFileSync('wrangler.toml', 'utf8');
  const compatibilityDate = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(wranglerToml)?.[1];
  // The same boot with a one-line Worker: the difference is what our script costs (parse, evaluate,
  // build dependencies) — the part of a cold start that is ours, not workerd's process start.
  const trivial = join(outdir, 'trivial-worker.js');
  writeFileSync(trivial, "export default { fetch() { return new Response('ok'); } };\n");
  const boot = async (scriptPath, path) => {
    const started = performance.now();
    const mf = new Miniflare({
      modules: true,
      scriptPath,
      compatibilityDate,
      compatibilityFlags: ['nodejs_compat'],
      d1Databases: ['DB'],
      bindings: { LOG_LEVEL: 'warn', PULSE_DEMO: 'off' },
      cf: false,
    });
    await mf.ready;
    const booted = performance.now();
    const first = await mf.dispatchFetch(`http://localhost${path}`);
    await first.text();
    const answered = performance.now();
    const second = await mf.dispatchFetch(`http://localhost${path}`);
    await second.text();
    const warm = performance.now() - answered;
    await mf.dispose();
    if (first.status !== 200) throw new Error(`cold start: ${path} answered ${first.status}`);
    return { bootMs: booted - started, firstRequestMs: answered - booted, warmRequestMs: warm };
  };
  const runs = [];
  const baseline = [];
  for (let i = 0; i < 3; i++) {
    baseline.push(await boot(trivial, '/'));
    runs.push(await boot(join(outdir, 'worker.js'), '/api/health'));
  }
  const median = (key, of = runs) =>
    of
      .map((r) => r[key])
      .sort((a, b) => a - b)[1]
      .toFixed(0);
  const ours =
    Number(median('bootMs')) - Number(median('bootMs', baseline)) + Number(median('firstRequestMs'));
  console.log(
    `Cold start (median of 3, fresh workerd each): boot ${median('bootMs')} ms (a one-line Worker: ${median('bootMs', baseline)} ms), first request ${median('firstRequestMs')} ms, warm request ${median('warmRequestMs')} ms; our script's share of a cold start (boot over the one-line Worker + first request): ${ours} ms.`,
  );
}
