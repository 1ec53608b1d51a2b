#!/usr/bin/env node
// Plain JavaScript launcher: the CLI is bundled to dist/cli.js by `npm run build` (run by `prepare` on npm ci).
import('../dist/cli.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.js')) {
    process.stderr.write('pulse: not built yet; run `npm run build` (npm ci does it for you).\n');
    process.exit(2);
  }
  throw error;
});
