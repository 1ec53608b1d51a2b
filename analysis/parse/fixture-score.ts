import type { ParsedPostmortem } from './types.js';

/**
 * Scores parser output against hand-labelled `<name>.expected.json` files. Shared by the held-out
 * fixture suites so that each set is scored by the same rules and the figures stay comparable.
 * Pure: the test files do the reading, because analysis/ must stay free of node:fs.
 */

export interface ExpectedItem {
  text: string;
  owner: string | null;
  status: string;
  due: string | null;
}

export interface Expected {
  title: string | null;
  occurredAt: string | null;
  severity: string | null;
  team: string | null;
  services: string[];
  actionItems: ExpectedItem[];
}

export interface ScoredCase {
  name: string;
  expected: Expected;
  parsed: ParsedPostmortem;
}

export interface Tally {
  right: number;
  total: number;
}

const documentFields = ['title', 'occurredAt', 'severity', 'team', 'services'] as const;
const itemFields = ['text', 'owner', 'status', 'due'] as const;

export type DocumentField = (typeof documentFields)[number];
export type ItemField = (typeof itemFields)[number];

export interface Score {
  fields: Record<DocumentField, Tally>;
  itemField: Record<ItemField, Tally>;
  /** An item is right when all four fields match; a missing or an invented item counts as wrong. */
  items: Tally;
  misses: string[];
}

export const rate = (tally: Tally) => (tally.total === 0 ? 1 : tally.right / tally.total);
export const percent = (tally: Tally) => `${(rate(tally) * 100).toFixed(1)}% (${tally.right}/${tally.total})`;

function tallies<Field extends string>(names: readonly Field[]): Record<Field, Tally> {
  return Object.fromEntries(names.map((name) => [name, { right: 0, total: 0 }])) as Record<Field, Tally>;
}

export function scoreCases(cases: ScoredCase[]): Score {
  const fields = tallies(documentFields);
  const itemField = tallies(itemFields);
  const items: Tally = { right: 0, total: 0 };
  const misses: string[] = [];

  for (const { name, expected, parsed } of cases) {
    for (const field of documentFields) {
      const want = JSON.stringify(expected[field]);
      const got = JSON.stringify(parsed[field]);
      fields[field].total++;
      if (want === got) fields[field].right++;
      else misses.push(`${name} ${field}: want ${want} got ${got}`);
    }
    const count = Math.max(expected.actionItems.length, parsed.actionItems.length);
    for (let index = 0; index < count; index++) {
      const want = expected.actionItems[index];
      const got = parsed.actionItems[index];
      items.total++;
      const brief = got && { text: got.text, owner: got.owner, status: got.status, due: got.due };
      let allRight = Boolean(want && got);
      for (const field of itemFields) {
        itemField[field].total++;
        const same = Boolean(want && got && want[field] === got[field]);
        if (same) itemField[field].right++;
        else allRight = false;
      }
      if (allRight) items.right++;
      else
        misses.push(`${name} item ${index + 1}: want ${JSON.stringify(want)} got ${JSON.stringify(brief)}`);
    }
  }
  return { fields, itemField, items, misses };
}

export function scoreReport(setName: string, documents: number, score: Score): string {
  const lines = [
    `${setName}: ${documents} documents`,
    `  action items (text+owner+status+due exact): ${percent(score.items)}`,
    ...Object.entries(score.itemField).map(([field, tally]) => `    item ${field}: ${percent(tally)}`),
    ...Object.entries(score.fields).map(([field, tally]) => `  ${field}: ${percent(tally)}`),
  ];
  if (score.misses.length) lines.push(`misses:\n  ${score.misses.join('\n  ')}`);
  return lines.join('\n');
}
