import { createTestApp } from '../harness.js';
import { defineScaleSuite } from './scale.js';

defineScaleSuite('Node, libsql', async () => {
  const t = await createTestApp();
  return {
    maxDocumentBytes: t.config.MAX_DOCUMENT_BYTES,
    request: (path, init) => t.request(path, init),
    close: () => t.close(),
  };
});
