import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import {
  analyzeCause,
  type CauseFeatures,
  clusterCauses,
  DEFAULT_MATCH_THRESHOLD,
  DEFAULT_RECURRENCE_WINDOW_DAYS,
  findRecurrences,
} from '../../../analysis/causes/index.js';
import { parsePostmortem } from '../../../analysis/parse/index.js';
import { type CliIo, EXIT_FINDING, EXIT_OK, parseCommandArgs, UsageError } from '../io.js';

const HELP = `Usage: pulse causes PATH... [--json] [--threshold N] [--window-days N]
       pulse causes --each-line FILE [--json]

Groups postmortems by recurring root cause, offline (no database), and lists recurrences: a later
incident whose cause matches an earlier one within the window (default ${DEFAULT_RECURRENCE_WINDOW_DAYS} days).
PATH: files or folders (recursive) of .md, .markdown, .html, .htm. Templates and non-postmortems are skipped.
--each-line FILE: every line of FILE is one root-cause text; prints its cluster and category per line
(with --json: one JSON object per line).
`;

const DOCUMENT_EXTENSIONS = new Set(['.md', '.markdown', '.html', '.htm']);

async function collectDocuments(paths: string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    const key = resolve(cwd, path);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(path);
    }
  };
  for (const path of paths) {
    const info = await stat(resolve(cwd, path)).catch(() => null);
    if (!info) throw new UsageError(`no such file or folder: ${path}`);
    if (info.isFile()) {
      add(path);
      continue;
    }
    const entries = await readdir(resolve(cwd, path), { recursive: true, withFileTypes: true });
    const found = entries
      .filter((e) => e.isFile() && DOCUMENT_EXTENSIONS.has(extname(e.name).toLowerCase()))
      .map((e) => join(path, join(e.parentPath ?? e.path, e.name).slice(resolve(cwd, path).length + 1)))
      .sort();
    for (const f of found) add(f);
  }
  return files;
}

function contentTypeFor(file: string): 'markdown' | 'html' {
  return ['.html', '.htm'].includes(extname(file).toLowerCase()) ? 'html' : 'markdown';
}

function parseNumber(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`--${name} must be a non-negative number`);
  return n;
}

async function runEachLine(file: string, json: boolean, threshold: number, io: CliIo): Promise<number> {
  const text =
    file === '-' ? await io.readStdin() : await readFile(resolve(io.cwd, file), 'utf8').catch(() => null);
  if (text === null) throw new UsageError(`cannot read ${file}`);
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '' && text.endsWith('\n')) lines.pop();
  const items = lines.map((line, i) => ({
    id: String(i + 1),
    blank: line.trim() === '',
    features: analyzeCause({
      rootCauses: [line],
      triggers: [],
      contributingFactors: [],
      summary: null,
      services: [],
    }),
  }));
  // Blank lines carry no cause: each stands alone rather than grouping with other blanks.
  const clusters = clusterCauses(
    items.filter((item) => !item.blank),
    { threshold },
  );
  const clusterOfLine = new Map<string, number>();
  for (const cluster of clusters) for (const member of cluster.members) clusterOfLine.set(member, cluster.id);
  // Renumber by first appearance over all lines, blanks included.
  const renumber = new Map<string, number>();
  let next = 1;
  const out: string[] = [];
  for (const item of items) {
    const key = item.blank ? `blank:${item.id}` : `cluster:${clusterOfLine.get(item.id)}`;
    if (!renumber.has(key)) renumber.set(key, next++);
    const cluster = renumber.get(key)!;
    const category = item.blank ? 'unknown' : item.features.primary;
    out.push(
      json
        ? JSON.stringify({ line: Number(item.id), cluster, category })
        : `${item.id}\t${cluster}\t${category}\t${lines[Number(item.id) - 1]}`,
    );
  }
  io.stdout(out.length > 0 ? `${out.join('\n')}\n` : '');
  return EXIT_OK;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    json: { type: 'boolean', default: false },
    'each-line': { type: 'string' },
    threshold: { type: 'string' },
    'window-days': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  const json = values.json === true;
  const threshold = parseNumber(values.threshold as string | undefined, 'threshold', DEFAULT_MATCH_THRESHOLD);
  const windowDays = parseNumber(
    values['window-days'] as string | undefined,
    'window-days',
    DEFAULT_RECURRENCE_WINDOW_DAYS,
  );
  const eachLine = values['each-line'] as string | undefined;
  if (eachLine !== undefined) {
    if (positionals.length > 0) throw new UsageError('--each-line takes one FILE and no other paths');
    return runEachLine(eachLine, json, threshold, io);
  }
  if (positionals.length === 0) throw new UsageError(`expected at least one PATH\n\n${HELP}`);

  const files = await collectDocuments(positionals, io.cwd);
  const items: Array<{ id: string; occurredAt: string | null; features: CauseFeatures }> = [];
  const skipped: Array<{ file: string; reason: string }> = [];
  for (const file of files) {
    const text = await readFile(resolve(io.cwd, file), 'utf8');
    const doc = parsePostmortem({ text, contentType: contentTypeFor(file), filename: file });
    if (doc.kind !== 'postmortem') {
      skipped.push({ file, reason: doc.skipReason ?? doc.kind });
      continue;
    }
    const features = analyzeCause({
      rootCauses: doc.rootCauses,
      triggers: doc.triggers,
      contributingFactors: doc.contributingFactors,
      summary: doc.summary,
      services: doc.services,
      title: doc.title,
    });
    items.push({ id: file, occurredAt: doc.occurredAt, features });
  }

  const clusters = clusterCauses(items, { threshold });
  const recurrences = findRecurrences(items, { threshold, windowDays });

  if (json) {
    io.stdout(
      `${JSON.stringify(
        {
          clusters: clusters.map((c) => ({
            id: c.id,
            label: c.label,
            category: c.category,
            members: c.members,
          })),
          recurrences: recurrences.map((r) => ({ file: r.id, repeats: r.repeats, similarity: r.similarity })),
        },
        null,
        2,
      )}\n`,
    );
  } else {
    const lines: string[] = [];
    const recurring = clusters.filter((c) => c.members.length > 1);
    lines.push(
      `${items.length} postmortems, ${recurring.length} recurring-cause groups, ${recurrences.length} recurrences`,
    );
    for (const c of recurring) {
      lines.push('', `[${c.id}] ${c.label} (${c.category}, ${c.members.length} postmortems)`);
      for (const m of c.members) lines.push(`    ${m}`);
    }
    if (recurrences.length > 0) {
      lines.push('', 'Recurrences (later repeats earlier):');
      for (const r of recurrences)
        lines.push(`    ${r.id}\n      repeats ${r.repeats} (similarity ${r.similarity})`);
    }
    const singles = clusters.length - recurring.length;
    if (singles > 0) lines.push('', `${singles} postmortems with a cause seen once.`);
    if (skipped.length > 0)
      lines.push(
        '',
        `Skipped ${skipped.length}: ${skipped.map((s) => `${s.file} (${s.reason})`).join(', ')}`,
      );
    io.stdout(`${lines.join('\n')}\n`);
  }
  return items.length === 0 ? EXIT_FINDING : EXIT_OK;
}
