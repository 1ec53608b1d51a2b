import type { Severity } from './types.js';

const LEVELS: Severity[] = ['SEV1', 'SEV1', 'SEV2', 'SEV3', 'SEV4'];

function fromNumber(level: number): Severity {
  return LEVELS[Math.min(Math.max(level, 0), 4)]!;
}

// Word scales are mapped only on the common four-step scale; "high" alone is the second step, as in
// Jira/Statuspage priority wording (Critical > High > Medium > Low).
const WORDS: Array<[RegExp, Severity]> = [
  [/\b(?:critical|blocker|emergency|catastrophic)\b/i, 'SEV1'],
  [/\b(?:high|major|severe)\b/i, 'SEV2'],
  [/\b(?:medium|moderate)\b/i, 'SEV3'],
  [/\b(?:low|minor|trivial)\b/i, 'SEV4'],
];

/**
 * Normalises a severity as written. `explicitField` says the text is the value of a field or column
 * named severity/priority, so bare numbers ("2 - High") and scale words are trusted; in running text
 * only an explicit SEV token counts.
 */
export function normaliseSeverity(text: string, explicitField: boolean): Severity | null {
  const sev = /\bsev(?:erity)?[\s_-]?([0-5])\b/i.exec(text);
  if (sev) return fromNumber(Number(sev[1]));
  if (!explicitField) return null;
  const prefixed = /\b[PS]([0-5])\b/i.exec(text) ?? /\b(?:level|tier|lvl)[\s_-]?([0-5])\b/i.exec(text);
  if (prefixed) return fromNumber(Number(prefixed[1]));
  const bare = /^\s*\(?([0-5])\)?(?:\s*(?:[-–—:(/]|$))/.exec(text);
  if (bare) return fromNumber(Number(bare[1]));
  for (const [pattern, severity] of WORDS) if (pattern.test(text)) return severity;
  return null;
}
