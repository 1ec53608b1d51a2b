import type { ActionItemStatus } from './types.js';

// Ordered: negated forms ("not started", "unresolved", "not done") must win over the words they contain.
const STATUS_WORDS: Array<[RegExp, ActionItemStatus]> = [
  [
    /^(?:won['’]?t[\s-]?(?:do|fix)|will not (?:do|fix)|wontfix|cancel+ed|not planned|declined|rejected|dropped|abandoned|obsolete|out of scope|n\/a - won't do|closed (?:incomplete|skipped)|superseded|duplicate)$/i,
    'wont-do',
  ],
  [
    /^(?:not started|not done|unresolved|incomplete|not complete|to ?-?do|open|(?:work )?in[\s-]?progress|wip|ongoing|on hold|paused|waiting|awaiting|in (?:development|testing|qa|flight)|underway|planned|pending|started|backlog|blocked|new|in review|under review|scheduled|proposed|ready|investigating|active|assigned|triage|accepted|to be done|🚧|⏳|⌛|☐|❌|⬜|❎|🟡|🟠|🔴|⭕|🔄|🔁|🔃|⏸️?)$/iu,
    'open',
  ],
  [
    /^(?:done|complete[d]?|closed(?: complete)?|fixed|resolved|finished|shipped|merged|implemented|deployed|mitigated|✅|✔️?|☑️?|☒|✓|🟢|✔|yes)$/iu,
    'done',
  ],
];

/** Status of a whole status word or phrase ("DONE", "In progress", "won't fix"), else null. */
export function statusOfWord(raw: string): ActionItemStatus | null {
  // A status is a word or two; checking the length first keeps the trailing-punctuation strip cheap.
  if (raw.length > 60) return null;
  const word = raw
    .replace(/[*_`]/g, '')
    .replace(/^[\s[(]+|[\s\])!.:]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!word || word.length > 30) return null;
  for (const [pattern, status] of STATUS_WORDS) if (pattern.test(word)) return status;
  return null;
}

/**
 * Status of a Status-column cell, which may hold more than the word ("Done (2026-03-02)", "✅ shipped").
 * Tries the whole cell, then its leading word(s).
 */
export function statusOfCell(raw: string): ActionItemStatus | null {
  const whole = statusOfWord(raw);
  if (whole) return whole;
  const cleaned = raw.replace(/[*_`]/g, '').trim();
  for (const length of [3, 2, 1]) {
    const lead = cleaned
      .split(/[\s,;:()[\]-]+/)
      .filter(Boolean)
      .slice(0, length)
      .join(' ');
    const status = statusOfWord(lead);
    if (status) return status;
  }
  const glyph = /[✅✔☑☒✓🚧⏳⌛☐❌⬜🟢🟡🟠🔴🔄🔁🔃⏸]/u.exec(cleaned);
  return glyph ? statusOfWord(glyph[0]) : null;
}
