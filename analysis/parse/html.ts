import { NodeHtmlMarkdown } from 'node-html-markdown';

const converter = new NodeHtmlMarkdown({ useLinkReferenceDefinitions: false, keepDataImages: false });

/**
 * Confluence and Google Docs mark tasks with attributes or glyphs that a generic converter drops;
 * they are rewritten to task-list markers first so the action-item status survives. Every pattern
 * is bounded so hostile input stays linear.
 */
function markTasks(html: string): string {
  return html
    .replace(/<li\b([^>]{0,2000})>/gi, (tag, attributes: string) => {
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
    .replace(/<input\b([^>]{0,2000})>/gi, (_tag, attributes: string) =>
      /type\s*=\s*["']?checkbox/i.test(attributes) ? (/\bchecked\b/i.test(attributes) ? '[x] ' : '[ ] ') : '',
    );
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

/** Converts an HTML export (Confluence, Google Docs) to markdown. */
export function htmlToMarkdown(html: string): string {
  return converter.translate(markTasks(html));
}
