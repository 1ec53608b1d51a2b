import { NodeHtmlMarkdown } from 'node-html-markdown';

const converter = new NodeHtmlMarkdown({ useLinkReferenceDefinitions: false, keepDataImages: false });

/**
 * Confluence and Google Docs mark tasks with attributes or glyphs that a generic converter drops;
 * they are rewritten to task-list markers first so the action-item status survives. Every pattern
 * is bounded so hostile input stays linear.
 */
function markTasks(html: string): string {
  return html
    .replace(/<li\b([^<>]{0,2000})>/gi, (tag, attributes: string) => {
      if (
        /data-inline-task-status\s*=\s*["']?complete\b|class\s*=\s*["'][^"']{0,200}\bchecked\b/i.test(
          attributes,
        )
      )
        return `${tag}[x] `;
      if (/data-inline-task-status\s*=\s*["']?incomplete\b|data-inline-task-id/i.test(attributes))
        return `${tag}[ ] `;
      return tag;
    })
    .replace(/<input\b([^<>]{0,2000})>/gi, (_tag, attributes: string) =>
      /type\s*=\s*["']?checkbox/i.test(attributes) ? (/\bchecked\b/i.test(attributes) ? '[x] ' : '[ ] ') : '',
    );
}

/**
 * Google Docs writes formatting as CSS classes (`.c7{text-decoration:line-through}`) and the document
 * title as `<p class="title">`; both are turned into the elements a converter understands, so a struck
 * action item stays struck and the title becomes a heading.
 */
function markDocStyles(html: string): string {
  const struckClasses = new Set<string>();
  for (const style of html.matchAll(/<style\b[^<>]{0,500}>([^<]{0,200000})<\/style>/gi)) {
    for (const rule of style[1]!.matchAll(/\.([\w-]{1,40})\s*\{([^{}]{0,2000})\}/g)) {
      if (/text-decoration[^;:]{0,20}:[^;]{0,60}line-through/i.test(rule[2]!)) struckClasses.add(rule[1]!);
    }
  }
  const title = /<p\b([^<>]{0,2000})>/gi;
  let result = html;
  for (let match = title.exec(html); match; match = title.exec(html)) {
    const classes = /class\s*=\s*["']([^"']{0,500})["']/i.exec(match[1]!)?.[1]?.split(/\s+/) ?? [];
    if (!classes.includes('title')) continue;
    const close = html.indexOf('</p>', title.lastIndex);
    if (close === -1) break;
    result = `${html.slice(0, match.index)}<h1>${html.slice(title.lastIndex, close)}</h1>${html.slice(close + 4)}`;
    break;
  }
  result = result.replace(
    /<span\b([^<>]{0,2000})>([^<]{0,5000})<\/span>/gi,
    (span, attributes: string, content: string) => {
      const classes = /class\s*=\s*["']([^"']{0,500})["']/i.exec(attributes)?.[1]?.split(/\s+/) ?? [];
      const struck =
        classes.some((name) => struckClasses.has(name)) ||
        /style\s*=\s*["'][^"']{0,500}line-through/i.test(attributes);
      return struck && content.trim() ? `<s>${content}</s>` : span;
    },
  );
  return result;
}

export function htmlTitle(html: string): string | null {
  const match = /<title[^>]{0,500}>([^<]{1,500})<\/title>/i.exec(html);
  const title = match?.[1]?.replace(/\s+/g, ' ').trim();
  return title ? decodeEntities(title) : null;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'");
}

/** Deeper than any real export nests; beyond it the tree only costs time. */
const MAX_NESTING = 64;
const VOID_OR_SELF_CLOSING = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/** Elements whose end tag is optional: they never count towards depth, so legacy HTML keeps its structure. */
const OPTIONAL_END = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'html',
  'head',
  'body',
]);

/**
 * Drops start and end tags nested deeper than MAX_NESTING (their text stays). Thousands of unclosed
 * `<div>`s otherwise make the HTML-to-markdown step super-linear: one linear scan bounds it.
 */
export function flattenDeepNesting(html: string): string {
  let depth = 0;
  return html.replace(
    /<(\/?)([a-zA-Z][a-zA-Z0-9-]{0,40})\b[^<>]{0,2000}>/g,
    (tag, closing: string, rawName: string) => {
      const name = rawName.toLowerCase();
      if (VOID_OR_SELF_CLOSING.has(name) || OPTIONAL_END.has(name) || tag.endsWith('/>')) return tag;
      if (closing) {
        const keep = depth <= MAX_NESTING;
        depth = Math.max(0, depth - 1);
        return keep ? tag : '';
      }
      depth++;
      return depth <= MAX_NESTING ? tag : '';
    },
  );
}

/** Converts an HTML export (Confluence, Google Docs) to markdown. */
export function htmlToMarkdown(html: string): string {
  return converter.translate(markTasks(markDocStyles(flattenDeepNesting(html))));
}
