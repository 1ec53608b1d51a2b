import { parse as parseYaml } from 'yaml';

export interface FrontMatterSplit {
  frontMatter: Record<string, unknown>;
  body: string;
  warnings: string[];
}

// The closing fence is searched line by line (not with one big regex) so a 1 MiB document that opens
// with `---` and never closes it costs a single linear scan.
const FENCE = /^(?:---|\.\.\.)[ \t]*$/;

/** Splits YAML front matter from a markdown document; malformed front matter leaves the text as body. */
export function splitFrontMatter(text: string): FrontMatterSplit {
  if (!/^---[ \t]*\n/.test(text)) return { frontMatter: {}, body: text, warnings: [] };
  let lineStart = text.indexOf('\n') + 1;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    if (FENCE.test(text.slice(lineStart, lineEnd))) {
      const yamlText = text.slice(text.indexOf('\n') + 1, lineStart);
      const body = newline === -1 ? '' : text.slice(newline + 1);
      return interpret(yamlText, body, text);
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return {
    frontMatter: {},
    body: text,
    warnings: ['front matter opened with --- but never closed; read as body'],
  };
}

function interpret(yamlText: string, body: string, whole: string): FrontMatterSplit {
  let value: unknown;
  try {
    value = parseYaml(yamlText, { uniqueKeys: false, maxAliasCount: 100, prettyErrors: false });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { frontMatter: {}, body: whole, warnings: [`malformed front matter (${reason}); read as body`] };
  }
  if (value === null || value === undefined) return { frontMatter: {}, body, warnings: [] };
  if (typeof value !== 'object' || Array.isArray(value)) {
    // A leading thematic break followed by prose parses as a YAML scalar: that is not front matter.
    return {
      frontMatter: {},
      body: whole,
      warnings: ['leading --- block is not a YAML mapping; read as body'],
    };
  }
  return { frontMatter: value as Record<string, unknown>, body, warnings: [] };
}
