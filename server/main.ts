/**
 * `npm start`: the Node entry point (bundled to dist/node.js). Parses env once; a bad value stops the
 * process with a message and a non-zero exit.
 */
import { type Config, ConfigError, parseConfig } from './config.js';
import { startNodeServer } from './node.js';

function configFromEnv(): Config {
  try {
    return parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

const running = await startNodeServer(configFromEnv());
const stop = async () => {
  await running.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
