/** Process wrapper for the CLI: real stdio, real env, exit code. Bundled to dist/cli.js. */
import { main } from './pulse.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const code = await main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readStdin,
  isTty: Boolean(process.stdout.isTTY),
  env: process.env,
  cwd: process.cwd(),
}).catch((error: unknown) => {
  process.stderr.write(`pulse: ${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
});
// Let stdout drain before exiting (large JSON outputs to a pipe).
process.stdout.write('', () => process.exit(code));
