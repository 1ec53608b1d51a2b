import { env, exports } from 'cloudflare:workers';
import { defineContractSuite } from '../contract/cases.js';
import { migratedD1, roleTokens } from './d1-setup.js';

defineContractSuite('Workers, workerd + D1', async () => {
  const tokens = await roleTokens(await migratedD1());
  return {
    maxDocumentBytes: Number(env.MAX_DOCUMENT_BYTES),
    request: (path, init = {}) => {
      const { as = 'admin', json, headers, ...rest } = init;
      const h = new Headers(headers);
      if (as) h.set('authorization', `Bearer ${tokens[as]}`);
      if (json !== undefined) h.set('content-type', 'application/json');
      const body = json !== undefined ? JSON.stringify(json) : rest.body;
      // Through the Worker's own fetch handler, as a deployed request would arrive.
      return exports.default.fetch(
        new Request(`https://pulse.example${path}`, { ...rest, headers: h, body }),
      );
    },
  };
});
