import { main } from '../../server/cli/pulse.js';

/** Runs a CLI command in-process with captured output (the same `main` the bundled bin runs). */
export async function runCli(args: string[], env: Record<string, string | undefined> = {}, stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    readStdin: async () => stdin,
    isTty: false,
    env: { LOG_LEVEL: 'silent', PULSE_DEMO: 'off', ...env },
    cwd: process.cwd(),
  });
  return { code, stdout, stderr };
}
