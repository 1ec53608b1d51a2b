/**
 * Turns markdown into a flat list of blocks (headings, paragraphs, lists, tables, code) with line
 * positions. markdown-it was chosen over marked because its block tokens carry source line maps,
 * which give exact section offsets, and it measured faster on the corpus (bench/parser-choice.md).
 */
import MarkdownIt from 'markdown-it';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

// html: false keeps raw HTML (including <script>) as inert text; linkify would invent links.
const markdown = new MarkdownIt('default', { html: false, linkify: false, typographer: false });

export interface InlineLink {
  href: string;
  text: string;
}

export interface InlineText {
  /** Plain text on one line: links keep their text, emphasis and code marks removed. */
  text: string;
  /** Plain text split at the source's line breaks. */
  lines: string[];
  links: InlineLink[];
  /** `**Label:** rest` or `**Label**: rest`: the bold lead label and the text after it. */
  boldLabel: { label: string; rest: string } | null;
  /** The struck-through (`~~x~~`) text, collapsed; '' when none. A struck action item is done. */
  struck: string;
}

export interface ListItem {
  inline: InlineText;
  /** From a `[ ]` / `[x]` task-list marker; null when the item has none. */
  checked: boolean | null;
  depth: number;
  line: number;
}

interface BlockBase {
  /** 0-based first source line and exclusive end line. */
  line: number;
  lineEnd: number;
  quoted: boolean;
}

export type Block =
  | (BlockBase & { type: 'heading'; level: number; inline: InlineText })
  | (BlockBase & { type: 'paragraph'; inline: InlineText })
  | (BlockBase & { type: 'list'; items: ListItem[] })
  | (BlockBase & { type: 'table'; header: InlineText[]; rows: InlineText[][] })
  | (BlockBase & { type: 'code'; text: string });

const EMPTY_INLINE: InlineText = { text: '', lines: [], links: [], boldLabel: null, struck: '' };

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function renderInline(children: Token[] | null): InlineText {
  if (!children || children.length === 0) return EMPTY_INLINE;
  // Parts are joined once at the end: slicing a growing string per link would be quadratic.
  const parts: string[] = [];
  const links: InlineLink[] = [];
  let linkParts: string[] | null = null;
  let linkHref = '';
  const struckParts: string[] = [];
  let strikeDepth = 0;
  const append = (text: string) => {
    parts.push(text);
    linkParts?.push(text);
    if (strikeDepth > 0) struckParts.push(text);
  };
  for (const child of children) {
    switch (child.type) {
      case 'text':
      case 'code_inline':
      case 'html_inline':
      case 'image':
        append(child.content);
        break;
      case 'softbreak':
      case 'hardbreak':
        append('\n');
        break;
      case 'link_open':
        linkParts = [];
        linkHref = String(child.attrGet('href') ?? '');
        break;
      case 'link_close':
        if (linkParts) links.push({ href: linkHref, text: collapse(linkParts.join('')) });
        linkParts = null;
        break;
      case 's_open':
        strikeDepth++;
        break;
      case 's_close':
        strikeDepth = Math.max(0, strikeDepth - 1);
        break;
      default:
        break;
    }
  }
  const buffer = parts.join('');
  const lines = buffer
    .split('\n')
    .map(collapse)
    .filter((line) => line.length > 0);
  return {
    text: lines.join(' '),
    lines,
    links,
    boldLabel: boldLabelOf(children),
    struck: collapse(struckParts.join(' ')),
  };
}

function boldLabelOf(children: Token[]): InlineText['boldLabel'] {
  let index = 0;
  while (
    index < children.length &&
    children[index]?.type === 'text' &&
    children[index]?.content.trim() === ''
  )
    index++;
  if (children[index]?.type !== 'strong_open') return null;
  let label = '';
  index++;
  while (index < children.length && children[index]?.type !== 'strong_close') {
    const child = children[index];
    if (child && (child.type === 'text' || child.type === 'code_inline')) label += child.content;
    index++;
  }
  if (index >= children.length) return null;
  const restInline = renderInline(children.slice(index + 1));
  let rest = restInline.lines.join('\n');
  label = collapse(label);
  if (label.endsWith(':')) label = label.slice(0, -1).trim();
  else if (rest.startsWith(':')) rest = rest.slice(1).trim();
  else return null;
  if (!label || label.length > 80) return null;
  return { label, rest };
}

const TASK_MARKER = /^\[([ xX✓✔])\]\s*/;

/** Parses markdown into blocks. Never throws for string input. */
export function toBlocks(body: string): Block[] {
  const tokens = markdown.parse(body, {});
  const blocks: Block[] = [];
  let quoteDepth = 0;
  let listDepth = 0;
  let currentList: Extract<Block, { type: 'list' }> | null = null;
  const itemStack: ListItem[] = [];
  const itemHasText: boolean[] = [];

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const map = token.map ?? [0, 0];
    switch (token.type) {
      case 'blockquote_open':
        quoteDepth++;
        break;
      case 'blockquote_close':
        quoteDepth--;
        break;
      case 'heading_open': {
        const inline = renderInline(tokens[index + 1]?.children ?? null);
        if (itemStack.length === 0) {
          blocks.push({
            type: 'heading',
            level: Number(token.tag.slice(1)) || 1,
            inline,
            line: map[0],
            lineEnd: map[1],
            quoted: quoteDepth > 0,
          });
        }
        index += 2;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open':
        if (listDepth === 0) {
          currentList = { type: 'list', items: [], line: map[0], lineEnd: map[1], quoted: quoteDepth > 0 };
          blocks.push(currentList);
        }
        listDepth++;
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        listDepth--;
        if (listDepth === 0) currentList = null;
        break;
      case 'list_item_open': {
        const item: ListItem = { inline: EMPTY_INLINE, checked: null, depth: listDepth - 1, line: map[0] };
        currentList?.items.push(item);
        itemStack.push(item);
        itemHasText.push(false);
        break;
      }
      case 'list_item_close':
        itemStack.pop();
        itemHasText.pop();
        break;
      case 'paragraph_open': {
        let inline = renderInline(tokens[index + 1]?.children ?? null);
        const item = itemStack[itemStack.length - 1];
        if (item) {
          if (!itemHasText[itemHasText.length - 1]) {
            const marker = TASK_MARKER.exec(inline.text);
            if (marker) {
              item.checked = marker[1] !== ' ';
              inline = stripLead(inline, marker[0].length);
            }
            item.inline = inline;
            itemHasText[itemHasText.length - 1] = true;
          } else {
            item.inline = {
              ...item.inline,
              text: `${item.inline.text} ${inline.text}`.trim(),
              lines: [...item.inline.lines, ...inline.lines],
              links: [...item.inline.links, ...inline.links],
              struck: `${item.inline.struck} ${inline.struck}`.trim(),
            };
          }
        } else {
          blocks.push({ type: 'paragraph', inline, line: map[0], lineEnd: map[1], quoted: quoteDepth > 0 });
        }
        index += 2;
        break;
      }
      case 'table_open': {
        const table = readTable(tokens, index);
        index = table.next;
        if (itemStack.length === 0) {
          blocks.push({
            type: 'table',
            header: table.header,
            rows: table.rows,
            line: map[0],
            lineEnd: map[1],
            quoted: quoteDepth > 0,
          });
        }
        break;
      }
      case 'fence':
      case 'code_block':
        if (itemStack.length === 0) {
          blocks.push({
            type: 'code',
            text: token.content,
            line: map[0],
            lineEnd: map[1],
            quoted: quoteDepth > 0,
          });
        }
        break;
      default:
        break;
    }
  }
  return blocks;
}

function stripLead(inline: InlineText, length: number): InlineText {
  const text = inline.text.slice(length).trim();
  const [first = '', ...others] = inline.lines;
  const firstRest = first.slice(Math.min(length, first.length)).trim();
  return { ...inline, text, lines: firstRest ? [firstRest, ...others] : others };
}

function readTable(
  tokens: Token[],
  start: number,
): { header: InlineText[]; rows: InlineText[][]; next: number } {
  const header: InlineText[] = [];
  const rows: InlineText[][] = [];
  let row: InlineText[] | null = null;
  let inHead = false;
  let index = start + 1;
  for (; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.type === 'table_close') break;
    if (token.type === 'thead_open') inHead = true;
    else if (token.type === 'thead_close') inHead = false;
    else if (token.type === 'tr_open') row = [];
    else if (token.type === 'tr_close') {
      if (row && !inHead) rows.push(row);
      row = null;
    } else if (token.type === 'inline') {
      const cell = renderInline(token.children);
      if (inHead) header.push(cell);
      else row?.push(cell);
    }
  }
  return { header, rows, next: index };
}
