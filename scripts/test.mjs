// `npm test`: builds, then runs every suite: the Node suites, the metrics suite again under
// TZ=Pacific/Auckland, and the Workers suites inside workerd. Prints one closing line,
// "N passed, N failed", summed over all runs; exits non-zero if anything failed or did not run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const extra = process.argv.slice(2);
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });

if (run('node', ['scripts/build.mjs']).status !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

mkdirSync('test-results', { recursive: true });
const suites = [
  { name: 'node', args: ['run', ...extra] },
  { name: 'node-auckland', args: ['run', 'test/api/metrics'], env: { TZ: 'Pacific/Auckland' } },
  { name: 'workers', args: ['run', '--config', 'vitest.workers.config.ts'] },
];

let passed = 0;
let failed = 0;
for (const suite of suites) {
  const out = `test-results/${suite.name}.json`;
  rmSync(out, { force: true });
  const result = run(
    'npx',
    ['vitest', ...suite.args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`],
    suite.env,
  );
  let report;
  try {
    report = JSON.parse(readFileSync(out, 'utf8'));
  } catch {
    console.error(`${suite.name}: vitest wrote no report (exit ${result.status}); counted as a failure`);
    failed += 1;
    continue;
  }
  passed += report.numPassedTests;
  // A suite that failed to load has no tests to count: count it as a failure.
  const brokenFiles = report.testResults.filter(
    (f) => f.status === 'failed' && f.assertionResults.length === 0,
  ).length;
  failed += report.numFailedTests + brokenFiles;
  if (result.status !== 0 && report.numFailedTests + brokenFiles === 0) failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
