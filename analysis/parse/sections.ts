import type { Block, InlineText } from './markdown-blocks.js';
import { normaliseSeverity } from './severity.js';
import { SPACES, trimEndOf } from './trim.js';
import type { ParsedSection, SectionKind } from './types.js';

/** Heading wording → section kind. Order matters: the first pattern that matches wins. */
const VOCABULARY: Array<[RegExp, SectionKind]> = [
  [
    /\b(?:action items?|action plan|actions? to take|corrective|preventi(?:ve|ative)|follow[\s-]?ups?|remediations?|remediation (?:items|plan)|next steps|to[\s-]?dos?|tasks|recommendations?|improvements?|what we(?:'re| are| will be) doing|going forward|prevention|repair items|fixes planned|planned fixes|future work|work items)\b/,
    'action-items',
  ],
  [/\b(?:contributing (?:factors?|conditions?|causes?)|contributors|factors)\b/, 'contributing-factors'],
  [/^(?:the )?trigger(?:s|ing event)?\b|\bwhat triggered\b/, 'trigger'],
  [
    /\b(?:root[\s-]?causes?|cause analysis|causes?|rca|why (?:did )?it happen(?:ed)?|why did this happen|underlying cause|what caused)\b/,
    'root-cause',
  ],
  [
    /\b(?:timeline|time line|chronology|sequence of events|chain of events|incident log|events log|event log)\b/,
    'timeline',
  ],
  [
    /\b(?:lessons?(?: learn(?:ed|t))?|learnings?|what went (?:well|wrong|badly)|where we got lucky|what could have gone better|what (?:we )?learn(?:ed|t)|takeaways?|reflections?|retrospective|went well|things that went)\b/,
    'lessons',
  ],
  [
    /\b(?:detection|detected|how (?:was it|we|it was) (?:detected|noticed|discovered)|discovery|alerting)\b/,
    'detection',
  ],
  [
    /\b(?:impact|affected (?:users|customers|services|systems)|blast radius|customer effect|user effect)\b/,
    'impact',
  ],
  [
    /\b(?:resolution|recovery|response|mitigation|restoration|how (?:it was|we) (?:fixed|resolved|mitigated)|workaround|fix|remedy)\b/,
    'resolution',
  ],
  [
    /\b(?:summary|overview|what happened|description|tl;? ?dr|outage description|incident description|abstract|synopsis|the incident|incident report|what went on)\b/,
    'summary',
  ],
  [
    /\b(?:analysis|investigation|technical details?|deep[\s-]?dive|five whys|5 whys|discussion|fault|leadup|lead[\s-]up|background|context)\b/,
    'analysis',
  ],
];

/** Lowercase heading text without numbering, emphasis, emoji, "(s)" and trailing punctuation. */
export function normaliseHeading(text: string): string {
  const heading = text
    .toLowerCase()
    .replace(/[*_`#]/g, '')
    .replace(/^[\s\p{Extended_Pictographic}\p{So}]+/u, '')
    .replace(/^(?:(?:section|part|step)\s+)?(?:\d+(?:\.\d+)*|[ivx]+|[a-h])[.)]\s*|^\d+(?:\.\d+)*\s+/, '')
    .replace(/\(s\)/g, 's');
  return trimEndOf(heading, `${SPACES}:：.?!-–—`).replace(/\s+/g, ' ').trim();
}

export function kindOfHeading(text: string): SectionKind {
  const heading = normaliseHeading(text);
  if (!heading || heading.length > 80 || heading.split(' ').length > 7) return 'other';
  for (const [pattern, kind] of VOCABULARY) if (pattern.test(heading)) return kind;
  return 'other';
}

export interface SectionNode extends ParsedSection {
  /** Index of the heading block (or of the bold-label paragraph). */
  blockIndex: number;
  /** Blocks directly under this heading, up to the next heading or label. */
  contentStart: number;
  contentEnd: number;
  /** For bold-label sections: the text after the label inside the same paragraph. */
  leadText: InlineText | null;
  /** Whether this came from a `**Label:**` paragraph rather than a heading. */
  pseudo: boolean;
}

/**
 * A plain line that ends with a colon and introduces what follows ("Action items:" above a list), as
 * plain-text documents write a heading. Only the first line counts, so "Note: ..." prose is left alone.
 */
function colonLabelOf(inline: InlineText): { label: string; rest: string } | null {
  const first = inline.lines[0] ?? '';
  if (first.length > 60 || !first.endsWith(':')) return null;
  const label = first.slice(0, -1).trim();
  if (!label || /[:.!?]/.test(label)) return null;
  return { label, rest: inline.lines.slice(1).join('\n') };
}

/** Bold-label sections sit under every real heading level. */
export const LABEL_LEVEL = 7;

/**
 * Builds the section list. Headings always start a section; a paragraph that opens with a bold label
 * naming a known section kind ("**Root cause:** ...") starts a pseudo-section that runs to the next
 * heading or label.
 */
export function buildSections(blocks: Block[], lineStarts: number[], bodyLength: number): SectionNode[] {
  const starters: Array<{
    index: number;
    heading: string;
    level: number;
    kind: SectionKind;
    lead: InlineText | null;
  }> = [];
  // A lone level-1 heading is the document title ("DNS resolution failures"), not a section kind.
  const topHeadings = blocks.filter((block) => block.type === 'heading' && block.level === 1).length;
  blocks.forEach((block, index) => {
    if (block.type === 'heading') {
      const heading = block.inline.text;
      const isTitle = block.level === 1 && topHeadings === 1 && starters.length === 0;
      starters.push({
        index,
        heading,
        level: block.level,
        kind: isTitle ? 'other' : kindOfHeading(heading),
        lead: null,
      });
    } else if (block.type === 'paragraph' && (block.inline.boldLabel || colonLabelOf(block.inline))) {
      const { label, rest } = block.inline.boldLabel ?? colonLabelOf(block.inline)!;
      const kind = kindOfHeading(label);
      // "**Impact:** High" grades the incident, it does not open an impact section.
      const firstLine = rest.split('\n')[0] ?? '';
      const grade = firstLine.split(/\s+/).length <= 3 && normaliseSeverity(firstLine, true) !== null;
      if (kind !== 'other' && !grade && label.split(/\s+/).length <= 6) {
        const restLines = rest.split('\n').filter((line) => line.trim());
        const lead: InlineText | null = restLines.length
          ? {
              text: restLines.join(' '),
              lines: restLines,
              links: block.inline.links,
              boldLabel: null,
              struck: block.inline.struck,
            }
          : null;
        starters.push({ index, heading: label, level: LABEL_LEVEL, kind, lead });
      }
    }
  });

  const offsetOf = (block: Block | undefined) =>
    block ? (lineStarts[Math.min(block.line, lineStarts.length - 1)] ?? bodyLength) : bodyLength;

  return starters.map((starter, position) => {
    const next = starters[position + 1];
    let endStarter = starters.length;
    for (let other = position + 1; other < starters.length; other++) {
      if (starter.level === LABEL_LEVEL || starters[other]!.level <= starter.level) {
        endStarter = other;
        break;
      }
    }
    const endBlock = endStarter < starters.length ? starters[endStarter]!.index : blocks.length;
    return {
      heading: starter.heading,
      kind: starter.kind,
      level: starter.level,
      start: offsetOf(blocks[starter.index]),
      end: endBlock < blocks.length ? offsetOf(blocks[endBlock]) : bodyLength,
      blockIndex: starter.index,
      contentStart: starter.index + 1,
      contentEnd: next ? next.index : blocks.length,
      leadText: starter.lead,
      pseudo: starter.level === LABEL_LEVEL,
    };
  });
}

/** Content blocks of a section plus those of nested sub-sections that carry no kind of their own. */
export function sectionContent(
  sections: SectionNode[],
  position: number,
  blocks: Block[],
  includeAllNested = false,
): { lead: InlineText | null; blocks: Block[]; blockIndexes: number[]; nestedLeads: InlineText[] } {
  const section = sections[position]!;
  const blockIndexes: number[] = [];
  const take = (from: number, to: number) => {
    for (let index = from; index < to; index++) blockIndexes.push(index);
  };
  take(section.contentStart, section.contentEnd);
  const leads: InlineText[] = [];
  for (let other = position + 1; other < sections.length; other++) {
    const nested = sections[other]!;
    if (section.pseudo || nested.level <= section.level) break;
    if (includeAllNested || nested.kind === 'other' || nested.kind === section.kind) {
      // With everything nested, the sub-headings come too: under "Action items" a heading can be the item.
      take(includeAllNested && !nested.pseudo ? nested.blockIndex : nested.contentStart, nested.contentEnd);
      if (nested.leadText) leads.push(nested.leadText);
    }
  }
  const collected = blockIndexes.map((index) => blocks[index]!);
  return { lead: section.leadText, blocks: collected, blockIndexes, nestedLeads: leads };
}

/** The kind of the innermost section each block belongs to (null before the first heading). */
export function blockKinds(sections: SectionNode[], blockCount: number): Array<SectionKind | null> {
  const kinds: Array<SectionKind | null> = new Array(blockCount).fill(null);
  for (const section of sections) {
    for (let index = section.blockIndex; index < section.contentEnd; index++) kinds[index] = section.kind;
  }
  // A sub-heading of kind 'other' inherits its parent's kind (e.g. "### Prevent" under "## Action items").
  const stack: SectionNode[] = [];
  for (const section of sections) {
    while (stack.length && stack[stack.length - 1]!.level >= section.level) stack.pop();
    if (section.kind === 'other') {
      const parentKind = stack.find((candidate) => candidate.kind !== 'other')?.kind;
      const inherited =
        [...stack].reverse().find((candidate) => candidate.kind !== 'other')?.kind ?? parentKind;
      if (inherited && section.start < (stack[stack.length - 1]?.end ?? 0)) {
        for (let index = section.blockIndex; index < section.contentEnd; index++) kinds[index] = inherited;
      }
    }
    stack.push(section);
  }
  return kinds;
}
