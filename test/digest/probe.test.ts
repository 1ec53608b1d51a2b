import { it } from 'vitest';
import { recurrences } from '../../db/schema/index.js';
import { buildDigestContent } from '../../server/services/digest/content.js';
import { renderDigest } from '../../server/services/digest/render.js';
import { createTestApp } from '../harness.js';
import { NOW, seedOrganisation, WEEK } from './helpers.js';

it('probe', async () => {
  const t = await createTestApp({ PUBLIC_URL: 'https://pulse.example.com' }, () => NOW);
  const s = await seedOrganisation(t);
  void s; void recurrences;
  const c = await buildDigestContent(t.db, { isoWeek: WEEK, scope: { kind: 'org' }, now: NOW, slo: { sev12: 28, other: 56 } });
  console.log(JSON.stringify(c, null, 1));
  console.log(renderDigest(c, { baseUrl: 'https://pulse.example.com' }).text);
  t.close();
});
