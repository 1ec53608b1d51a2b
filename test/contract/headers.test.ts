import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../server/app.js';
import { createTestApp, type TestApp } from '../harness.js';

/** `path -> headers` from a Cloudflare `_headers` file (indented `Name: value` lines under a path). */
function parseHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | null = null;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
      continue;
    }
    const colon = line.indexOf(':');
    if (!current || colon < 0) throw new Error(`_headers: unexpected line "${line}"`);
    current.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return rules;
}

const NOT_SECURITY = new Set(['content-type', 'content-length', 'x-request-id']);

describe('web/public/_headers (Workers static assets) matches the Node security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('sends the same headers with the same values for every path', async () => {
    const file = parseHeadersFile(
      readFileSync(new URL('../../web/public/_headers', import.meta.url), 'utf8'),
    );
    const everyPath = file.get('/*');
    expect(everyPath).toBeDefined();
    const response = await t.request('/api/health', { as: null });
    const node = new Map([...response.headers].filter(([name]) => !NOT_SECURITY.has(name)));
    expect(Object.fromEntries(everyPath!)).toEqual(Object.fromEntries(node));
    expect(everyPath!.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
