// esbuild options for the Node bundles in dist/ (server, CLI, bench): plain ESM for Node 20, which
// cannot run .ts; dependencies stay external, installed in node_modules.
export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
};
