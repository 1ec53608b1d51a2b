/**
 * Inline disable comments, for authors who have checked a finding and want the linter quiet:
 *
 *   <!-- pulse-disable-next-line -->             silences the next non-blank line
 *   some text <!-- pulse-disable-line -->         silences the line the comment ends
 *   <!-- pulse-disable --> ... <!-- pulse-enable -->   silences a block (to the end if never enabled)
 *
 * Each form takes optional categories to silence only those:
 *   <!-- pulse-disable-next-line minimising, hindsight -->
 */
import { BLAME_CATEGORIES, type BlameCategory } from './types.js';

export interface SuppressedRange {
  start: number;
  end: number;
  /** null silences every category. */
  categories: ReadonlySet<BlameCategory> | null;
}

const DIRECTIVE = /<!--\s*pulse-(disable-next-line|disable-line|disable|enable)\b([^>]{0,200}?)\s*-->/g;
const KNOWN = new Set<string>(BLAME_CATEGORIES);

function parseCategories(list: string): ReadonlySet<BlameCategory> | null {
  const names = list
    .split(/[\s,]+/)
    .map((n) => n.trim())
    .filter((n) => KNOWN.has(n)) as BlameCategory[];
  return names.length > 0 ? new Set(names) : null;
}

function lineBounds(text: string, at: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return { start, end: nl === -1 ? text.length : nl };
}

export function parseDirectives(text: string): SuppressedRange[] {
  if (!text.includes('pulse-')) return [];
  const ranges: SuppressedRange[] = [];
  let open: { start: number; categories: ReadonlySet<BlameCategory> | null } | null = null;
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m !== null; m = DIRECTIVE.exec(text)) {
    const kind = m[1];
    const categories = parseCategories(m[2] ?? '');
    const commentEnd = m.index + m[0].length;
    if (kind === 'disable-line') {
      ranges.push({ ...lineBounds(text, m.index), categories });
    } else if (kind === 'disable-next-line') {
      let next = lineBounds(text, m.index).end + 1;
      while (next < text.length) {
        const line = lineBounds(text, next);
        if (text.slice(line.start, line.end).trim() !== '') {
          ranges.push({ ...line, categories });
          break;
        }
        next = line.end + 1;
      }
    } else if (kind === 'disable') {
      if (!open) open = { start: commentEnd, categories };
    } else if (open) {
      ranges.push({ start: open.start, end: m.index, categories: open.categories });
      open = null;
    }
  }
  if (open) ranges.push({ start: open.start, end: text.length, categories: open.categories });
  return ranges;
}

export function isSuppressed(
  ranges: readonly SuppressedRange[],
  start: number,
  end: number,
  category: BlameCategory,
): boolean {
  return ranges.some(
    (r) => start < r.end && end > r.start && (r.categories === null || r.categories.has(category)),
  );
}
