// Bundles the Node server and the CLI to plain JavaScript (Node 20 cannot run .ts), and builds the
// dashboard with Vite. Dependencies stay external: they are installed in node_modules.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { NODE_BUNDLE } from './lib/node-bundle.mjs';

await build({
  ...NODE_BUNDLE,
  entryPoints: { node: 'server/main.ts', cli: 'server/cli/run.ts' },
  outdir: 'dist',
});
if (existsSync('web/index.html') && !process.argv.includes('--no-web')) {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
}
