import { describe, expect, it } from 'vitest';
import { parsePostmortem } from '../parse/index.js';
import {
  catalogue,
  documentOf,
  generateDocuments,
  generateIncidents,
  generateOrganisation,
  TRIGGER_MIX,
} from './index.js';

const END = '2026-06-30';

describe('generateOrganisation', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = generateOrganisation({ seed: 42, postmortems: 60, endDate: END });
    const b = generateOrganisation({ seed: 42, postmortems: 60, endDate: END });
    const c = generateOrganisation({ seed: 43, postmortems: 60, endDate: END });
    expect(b).toEqual(a);
    expect(c.documents.map((d) => d.text)).not.toEqual(a.documents.map((d) => d.text));
    expect(new Set(a.documents.map((d) => d.path)).size).toBe(60);
  });

  it('streams documents one at a time, the same ones it returns in bulk', () => {
    const options = { seed: 5, postmortems: 40, endDate: END };
    const stream = generateDocuments(options);
    const first = stream.next().value;
    expect(first).toEqual(generateOrganisation(options).documents[0]);
    // A 100k stream yields its first document without producing the others.
    const big = generateDocuments({ ...options, postmortems: 100_000 }).next();
    expect(big.done).toBe(false);
    expect(big.value?.text).toContain('id: pulse-demo-5-000000');
  });

  it('has a service catalogue where every service belongs to a listed team', () => {
    const { teams, services } = catalogue();
    const ids = new Set(teams.map((t) => t.id));
    expect(teams.length).toBeGreaterThanOrEqual(6);
    for (const s of services) expect(ids.has(s.teamId)).toBe(true);
  });
});

describe('generated documents as parser input', () => {
  const incidents = [...generateIncidents({ seed: 7, postmortems: 300, endDate: END })];

  it('parse back to the facts they were written from, in every template style', () => {
    const styles = new Set<string>();
    for (const incident of incidents) {
      const document = documentOf(incident);
      styles.add(incident.style);
      const parsed = parsePostmortem({
        text: document.text,
        contentType: 'markdown',
        filename: document.path,
      });
      expect(parsed.kind).toBe('postmortem');
      expect({
        id: parsed.externalId,
        source: parsed.source,
        date: parsed.occurredAt,
        severity: parsed.severity,
        team: parsed.team,
      }).toEqual({
        id: incident.id,
        source: incident.source,
        date: incident.occurredOn,
        severity: incident.severity,
        team: incident.teamName,
      });
      expect(parsed.services).toEqual(incident.services);
      expect([...parsed.rootCauses, ...parsed.contributingFactors].join('\n')).toContain(incident.rootCause);
      expect(
        parsed.actionItems.map((a) => ({
          text: a.text,
          status: a.status,
          owner: a.owner,
          due: a.due,
          ticket: a.ticket,
        })),
      ).toEqual(
        incident.actionItems.map((a) => ({
          text: a.text,
          status: a.status,
          owner: a.owner,
          due: a.due,
          ticket: a.ticket,
        })),
      );
    }
    expect([...styles].sort()).toEqual(['atlassian', 'dfds', 'github-issue', 'google-sre']);
  });

  it('covers every action-item state, with and without owners and due dates, some overdue and some vague', () => {
    const items = incidents.flatMap((i) => i.actionItems);
    expect(new Set(items.map((a) => a.status))).toEqual(new Set(['open', 'done', 'wont-do', 'unknown']));
    expect(items.some((a) => a.owner === null)).toBe(true);
    expect(items.some((a) => a.owner !== null)).toBe(true);
    expect(items.some((a) => a.due === null)).toBe(true);
    expect(items.filter((a) => a.status === 'open' && a.due !== null && a.due < END).length).toBeGreaterThan(
      10,
    );
    expect(items.some((a) => a.vague)).toBe(true);
    expect(items.length / incidents.length).toBeGreaterThan(4);
    expect(items.length / incidents.length).toBeLessThan(6);
  });

  it('keeps dates inside the period and ends at the given day', () => {
    for (const incident of incidents) {
      expect(incident.occurredOn <= END).toBe(true);
      expect(incident.occurredOn >= '2025-03-01').toBe(true);
      expect(incident.publishedOn >= incident.occurredOn).toBe(true);
    }
  });
});

describe('organisation shape', () => {
  const incidents = [...generateIncidents({ seed: 1, postmortems: 3000, endDate: END })];

  it("follows Google's trigger mix within a few points", () => {
    const total = TRIGGER_MIX.reduce((sum, [, w]) => sum + w, 0);
    for (const [trigger, weight] of TRIGGER_MIX) {
      const share = incidents.filter((i) => i.trigger === trigger).length / incidents.length;
      expect(Math.abs(share - weight / total)).toBeLessThan(0.03);
    }
  });

  it('writes 10-15% of documents blamefully, naming a person only there', () => {
    const blameful = incidents.filter((i) => i.blameful);
    expect(blameful.length / incidents.length).toBeGreaterThan(0.1);
    expect(blameful.length / incidents.length).toBeLessThan(0.15);
    for (const i of incidents.slice(0, 300)) {
      const text = documentOf(i).text;
      if (i.blamedPerson) expect(text).toContain(i.blamedPerson);
    }
  });

  it('repeats the same failure mechanism across teams, in different words', () => {
    const byMode = new Map<string, { teams: Set<string>; wordings: Set<string> }>();
    for (const i of incidents.filter((x) => !x.blameful)) {
      const entry = byMode.get(i.failureMode) ?? { teams: new Set(), wordings: new Set() };
      entry.teams.add(i.teamId);
      entry.wordings.add(i.rootCause.replace(i.services[0]!, 'S').replace(i.dependency, 'D'));
      byMode.set(i.failureMode, entry);
    }
    expect(byMode.size).toBeGreaterThanOrEqual(10);
    for (const [, { teams, wordings }] of byMode) {
      expect(teams.size).toBeGreaterThanOrEqual(3);
      expect(wordings.size).toBeGreaterThanOrEqual(3);
    }
  });
});
