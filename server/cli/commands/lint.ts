/**
 * `pulse lint [FILE|-] [--json] [--each-line] [--format sarif] [--suggest]`: checks a postmortem draft for
 * blame-oriented language. Exit 0 nothing blameful, 1 blameful (any line, with --each-line), 2 usage.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatJson, formatSarif, formatSuggest, formatText } from '../../../analysis/blame/format.js';
import { analyzeBlame, BLAME_VERSION } from '../../../analysis/blame/index.js';
import { type CliIo, EXIT_FINDING, EXIT_OK, parseCommandArgs, UsageError } from '../io.js';

const HELP = `Usage: pulse lint [FILE|-] [--json] [--each-line] [--format text|json|sarif] [--suggest]

Checks a postmortem draft for blame-oriented language and suggests blameless rewrites.
  FILE, -        markdown file to check; no FILE or - reads standard input
  --json         print {"score","blameful","findings":[...]} (same as --format json)
  --each-line    score every input line as its own document; print one JSON object per line
  --format sarif SARIF 2.1.0 for GitHub code scanning
  --suggest      print the document with suggested rewrites inline
Silence a finding with <!-- pulse-disable-next-line [category] --> (see analysis/blame/directives.ts).
Exit status: 0 nothing blameful, 1 blameful, 2 usage error.
`;

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    json: { type: 'boolean' },
    'each-line': { type: 'boolean' },
    format: { type: 'string' },
    suggest: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  if (positionals.length > 1) throw new UsageError(`expected at most one FILE, got ${positionals.length}`);
  const format = values.json ? 'json' : (values.format ?? 'text');
  if (!['text', 'json', 'sarif'].includes(format))
    throw new UsageError(`unknown --format '${format}' (text, json, sarif)`);
  if (values.json && values.format && values.format !== 'json')
    throw new UsageError('--json conflicts with --format');
  if (values['each-line'] && (values.suggest || format === 'sarif')) {
    throw new UsageError(
      '--each-line prints JSON lines; it cannot be combined with --suggest or --format sarif',
    );
  }
  if (values.suggest && format !== 'text')
    throw new UsageError('--suggest cannot be combined with --json or --format');

  const file = positionals[0] ?? '-';
  const text = file === '-' ? await io.readStdin() : await readInput(resolve(io.cwd, file));
  const name = file === '-' ? '<stdin>' : file;

  if (values['each-line']) {
    const lines = text.split('\n');
    if (lines.length > 1 && lines.at(-1) === '') lines.pop();
    let anyBlameful = false;
    const out: string[] = [];
    for (const line of lines) {
      const result = analyzeBlame(line.replace(/\r$/, ''));
      anyBlameful ||= result.blameful;
      out.push(formatJson(result));
    }
    io.stdout(out.length > 0 ? `${out.join('\n')}\n` : '');
    return anyBlameful ? EXIT_FINDING : EXIT_OK;
  }

  const result = analyzeBlame(text);
  if (values.suggest) io.stdout(formatSuggest(text, result));
  else if (format === 'json') io.stdout(`${formatJson(result)}\n`);
  else if (format === 'sarif') io.stdout(`${formatSarif(name, text, result, BLAME_VERSION)}\n`);
  else io.stdout(formatText(name, text, result));
  return result.blameful ? EXIT_FINDING : EXIT_OK;
}

async function readInput(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR') throw new UsageError(`cannot read ${path}: ${code}`);
    throw error;
  }
}
