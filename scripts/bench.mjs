// `npm run bench [-- --only a,b --quick]`: bundles bench/run.ts (Node 20 cannot run .ts) and runs it.
// The bundle goes to dist/ so the migrations folder resolves as it does for the server bundle.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { NODE_BUNDLE } from './lib/node-bundle.mjs';

await build({ ...NODE_BUNDLE, entryPoints: { bench: 'bench/run.ts' }, outdir: 'dist' });
const result = spawnSync(
  process.execPath,
  ['--enable-source-maps', 'dist/bench.js', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
// The results are committed; keep them in the repository's format so `npm run lint` stays clean.
spawnSync('npx', ['biome', 'format', '--write', 'bench/RESULTS.md', 'bench/results.json'], {
  stdio: 'ignore',
});
process.exit(result.status ?? 1);
