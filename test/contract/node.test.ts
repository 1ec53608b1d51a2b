import { createTestApp } from '../harness.js';
import { defineContractSuite } from './cases.js';

const MAX_DOCUMENT_BYTES = 64 * 1024;

defineContractSuite('Node, libsql', async () => {
  const t = await createTestApp({ MAX_DOCUMENT_BYTES: String(MAX_DOCUMENT_BYTES) });
  return {
    maxDocumentBytes: t.config.MAX_DOCUMENT_BYTES,
    request: (path, init) => t.request(path, init),
    close: () => t.close(),
  };
});
