import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePostmortem } from '../parse/index.js';
import { analyzeCause, clusterCauses, findRecurrences } from './index.js';

const dir = new URL('../../../shared/corpus/dfds/', import.meta.url);

describe('dfds corpus recurrences', () => {
  const items = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const doc = parsePostmortem({
        text: readFileSync(new URL(file, dir), 'utf8'),
        contentType: 'markdown',
        filename: file,
      });
      const features = analyzeCause({ ...doc, title: doc.title });
      return { id: file.slice(0, 10), occurredAt: doc.occurredAt, features };
    });
  // PM2022-002 and PM2023-002 are 435 days apart, past the default 365-day window.
  const links = findRecurrences(items, { windowDays: 3 * 365 });
  const linked = (later: string, earlier: string) =>
    links.some((l) => l.id === later && l.repeats === earlier);

  it('links the documented repeats', () => {
    console.log(links.map((l) => `${l.id} repeats ${l.repeats} (${l.similarity})`).join('\n'));
    expect(linked('PM2021-006', 'PM2021-005')).toBe(true);
    expect(linked('PM2021-003', 'PM2021-002')).toBe(true);
    expect(linked('PM2023-002', 'PM2022-002')).toBe(true);
    // Same ALB target detachment; PM2021-007 names it only in its summary, after a provider upgrade.
    expect(linked('PM2021-007', 'PM2021-005')).toBe(true);
    expect(linked('PM2021-007', 'PM2021-006')).toBe(true);
    // Same Kafka exporter metrics gap, worded with almost no shared words.
    expect(linked('PM2022-007', 'PM2022-004')).toBe(true);
  });

  it('keeps links few and within one failure concept', () => {
    expect(links.length).toBeLessThanOrEqual(25);
    const clusters = clusterCauses(items);
    const clusterOf = new Map(clusters.flatMap((c) => c.members.map((m) => [m, c.id] as const)));
    for (const l of links)
      expect(clusterOf.get(l.id), `${l.id} > ${l.repeats}`).toBe(clusterOf.get(l.repeats));
    // Clearly unrelated: certificate expiry vs. logs not shipped, IP starvation vs. Log4Shell.
    expect(linked('PM2021-004', 'PM2021-001')).toBe(false);
    expect(linked('PM2021-011', 'PM2019-009')).toBe(false);
    // Sharing only "memory" or "version upgrade": an ALB 502 vs an unhealthy node, a KIAM chart upgrade
    // vs Flux updating itself.
    expect(linked('PM2022-006', 'PM2020-007')).toBe(false);
    expect(linked('PM2021-002', 'PM2020-009')).toBe(false);
    expect(linked('PM2021-003', 'PM2020-009')).toBe(false);
  });
});
