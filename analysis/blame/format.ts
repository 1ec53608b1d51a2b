/** Pure formatters for `pulse lint`: text, JSON, SARIF 2.1.0 and an inline-suggestion rendering. */
import { BLAME_CATEGORIES, type BlameFinding, type BlameResult } from './types.js';

interface Position {
  line: number;
  column: number;
}

/** 1-based line and column (UTF-16 code units, as SARIF's default columnKind) of each offset. */
function positions(text: string, offsets: readonly number[]): Map<number, Position> {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const out = new Map<number, Position>();
  let line = 1;
  let lineStart = 0;
  let i = 0;
  for (const offset of sorted) {
    for (; i < offset && i < text.length; i++) {
      if (text.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    out.set(offset, { line, column: offset - lineStart + 1 });
  }
  return out;
}

/** `file:line:col  category  explanation` then the suggestion, indented. */
export function formatText(file: string, text: string, result: BlameResult): string {
  const pos = positions(
    text,
    result.findings.map((f) => f.start),
  );
  const lines = result.findings.map((f) => {
    const p = pos.get(f.start)!;
    return `${file}:${p.line}:${p.column}  ${f.category}  ${f.explanation}\n    suggestion: ${f.suggestion}`;
  });
  lines.push(
    `${file}: score ${result.score}/100, ${result.blameful ? 'blameful' : 'not blameful'} (${result.findings.length} finding${result.findings.length === 1 ? '' : 's'})`,
  );
  return `${lines.join('\n')}\n`;
}

export interface JsonFinding {
  category: string;
  text: string;
  start: number;
  end: number;
  suggestion: string;
  explanation: string;
  weight: number;
  fingerprint: string;
}

export function toJson(result: BlameResult): { score: number; blameful: boolean; findings: JsonFinding[] } {
  return {
    score: result.score,
    blameful: result.blameful,
    findings: result.findings.map((f) => ({
      category: f.category,
      text: f.text,
      start: f.start,
      end: f.end,
      suggestion: f.suggestion,
      explanation: f.explanation,
      weight: f.weight,
      fingerprint: f.fingerprint,
    })),
  };
}

export function formatJson(result: BlameResult): string {
  return JSON.stringify(toJson(result));
}

const RULE_TEXT: Record<string, string> = {
  'human-error': 'Human error offered as a cause',
  counterfactual: 'Counterfactual about what a person should have done',
  hindsight: 'Hindsight: a person should have known or noticed',
  omission: 'Omission attributed to a person',
  'character-judgement': 'Judgement of a person’s character or care',
  'proximal-actor': 'The person closest to the failure named as its cause',
  'fault-noun': 'Fault or blame assigned to a person',
  minimising: 'Minimising language (obviously, simply, just)',
  punitive: 'Punishment of a person',
  'people-remedy': 'Remedy aimed at people rather than the system',
};

/** SARIF 2.1.0 log for GitHub code scanning: one rule per category, one result per finding. */
export function formatSarif(file: string, text: string, result: BlameResult, toolVersion: string): string {
  const offsets = result.findings.flatMap((f) => [f.start, f.end]);
  const pos = positions(text, offsets);
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'pulse-lint',
            informationUri: 'https://github.com/postmortem-pulse/postmortem-pulse',
            version: toolVersion,
            rules: BLAME_CATEGORIES.map((id) => ({
              id,
              name: id.replace(/(^|-)(\w)/g, (_m, _d: string, c: string) => c.toUpperCase()),
              shortDescription: { text: RULE_TEXT[id] ?? id },
              defaultConfiguration: { level: 'warning' },
            })),
          },
        },
        results: result.findings.map((f: BlameFinding) => {
          const s = pos.get(f.start)!;
          const e = pos.get(f.end)!;
          return {
            ruleId: f.category,
            ruleIndex: BLAME_CATEGORIES.indexOf(f.category),
            level: 'warning',
            message: { text: `${f.explanation} Suggestion: ${f.suggestion}` },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: file },
                  region: { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column },
                },
              },
            ],
            partialFingerprints: { blameFingerprint: f.fingerprint },
          };
        }),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}

/**
 * The document with each flagged sentence followed by its suggested rewrite, for `--suggest`.
 * Several findings on one sentence show one rewrite each.
 */
export function formatSuggest(text: string, result: BlameResult): string {
  const bySpan = new Map<string, BlameFinding[]>();
  for (const f of result.findings) {
    const key = `${f.start}:${f.end}`;
    bySpan.set(key, [...(bySpan.get(key) ?? []), f]);
  }
  const spans = [...bySpan.values()].sort((a, b) => a[0]!.start - b[0]!.start);
  let out = '';
  let at = 0;
  for (const group of spans) {
    const { start, end } = group[0]!;
    if (start < at) continue;
    out += text.slice(at, start);
    out += `~~${text.slice(start, end)}~~`;
    out += group.map((f) => ` [${f.category}: ${f.suggestion}]`).join('');
    at = end;
  }
  return out + text.slice(at);
}
