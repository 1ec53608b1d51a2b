/** Tells a real postmortem from a heading-only template or a README / index page. */
import type { Block } from './markdown-blocks.js';
import { normaliseHeading, type SectionNode } from './sections.js';

export interface ClassifyInput {
  body: string;
  blocks: Block[];
  sections: SectionNode[];
  filename: string | null;
  frontMatter: Record<string, unknown>;
  actionItemCount: number;
  hasDate: boolean;
}

export interface Classification {
  kind: 'postmortem' | 'template' | 'not-postmortem';
  skipReason: string | null;
}

const README_NAMES =
  /^(?:readme|index|sources|license|licence|contributing|changelog|code_of_conduct|security|authors|notice|summary|toc)(?:\.[a-z]+)?$/i;
// Headings a README has and a postmortem does not.
const README_HEADING =
  /^(?:install(?:ation|ing)?|usage|how to use|licen[cs]e|contribut(?:ing|ors|e)|getting started|quick ?start|table of contents|contents|setup|requirements|prerequisites|features|development|building|documentation|faq|examples?|api|roadmap|credits|acknowledg(?:e)?ments|code of conduct|changelog|releases?)$/;
// Placeholders a template leaves for its author: "(Names)", "<service>", "[link]", "{{date}}", "TBD", "_Describe..._".
const PLACEHOLDER = /^(?:\(.*\)|<.*>|\[.*\]|\{\{.*\}\}|tbd|tbc|n\/a|todo|\.\.\.|…|-+)$/i;

function filledWords(line: string): number {
  const text = line.trim();
  if (!text || PLACEHOLDER.test(text)) return 0;
  const field = /^([^:]{1,40}):\s*(.*)$/.exec(text);
  if (field) {
    const value = field[2]!.trim();
    return !value || PLACEHOLDER.test(value) ? 0 : value.split(/\s+/).length;
  }
  return text.split(/\s+/).length;
}

/** Words a document's author wrote beyond headings, labels and placeholders. */
function contentWords(blocks: Block[]): number {
  let words = 0;
  for (const block of blocks) {
    if (block.quoted) continue;
    if (block.type === 'paragraph') for (const line of block.inline.lines) words += filledWords(line);
    else if (block.type === 'list') for (const item of block.items) words += filledWords(item.inline.text);
    else if (block.type === 'table') {
      for (const row of block.rows) {
        // A template's tables are labels beside empty cells; only fully filled rows are content.
        if (row.length && row.every((cell) => cell.text.trim() && !PLACEHOLDER.test(cell.text.trim()))) {
          words += row.reduce((sum, cell) => sum + cell.text.split(/\s+/).length, 0);
        }
      }
    } else if (block.type === 'code') words += block.text.split(/\s+/).filter(Boolean).length;
  }
  return words;
}

export function classify(input: ClassifyInput): Classification {
  const { blocks, sections } = input;
  const postmortemKinds = new Set(
    sections.filter((section) => section.kind !== 'other').map((section) => section.kind),
  );
  const headingCount = sections.filter((section) => !section.pseudo).length;
  const words = contentWords(blocks);
  const base = (input.filename ?? '').split(/[\\/]/).pop() ?? '';

  if (README_NAMES.test(base) && postmortemKinds.size < 3) {
    return { kind: 'not-postmortem', skipReason: `${base} is a README/index file, not a postmortem` };
  }
  if (
    headingCount >= 3 &&
    postmortemKinds.size >= 2 &&
    words <= Math.max(30, headingCount * 4) &&
    input.actionItemCount === 0
  ) {
    return {
      kind: 'template',
      skipReason: `template: ${headingCount} headings but only ${words} words of content beyond headings and placeholders`,
    };
  }
  if (postmortemKinds.size >= 2) return { kind: 'postmortem', skipReason: null };

  const readmeHeadings = sections.filter((section) =>
    README_HEADING.test(normaliseHeading(section.heading)),
  ).length;
  if (readmeHeadings >= 2) {
    return {
      kind: 'not-postmortem',
      skipReason: 'reads like a README (setup, usage, licence) with no postmortem sections',
    };
  }
  let linkedEntries = 0;
  let entries = 0;
  for (const block of blocks) {
    if (block.type === 'list') {
      for (const item of block.items) {
        entries++;
        if (item.inline.links.length) linkedEntries++;
      }
    } else if (block.type === 'table') {
      for (const row of block.rows) {
        entries++;
        if (row.some((cell) => cell.links.length)) linkedEntries++;
      }
    }
  }
  const proseWords = blocks.reduce(
    (sum, block) => sum + (block.type === 'paragraph' ? block.inline.text.split(/\s+/).length : 0),
    0,
  );
  if (linkedEntries >= 5 && linkedEntries >= entries * 0.6 && proseWords < linkedEntries * 15) {
    return { kind: 'not-postmortem', skipReason: 'an index of links with no postmortem sections' };
  }
  const hasFrontMatter = Object.keys(input.frontMatter).length > 0;
  if (words < 15 && input.actionItemCount === 0 && !input.hasDate && !hasFrontMatter) {
    return {
      kind: 'not-postmortem',
      skipReason: `too little text (${words} words) and no postmortem structure`,
    };
  }
  return { kind: 'postmortem', skipReason: null };
}
