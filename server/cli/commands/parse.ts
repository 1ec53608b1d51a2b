/** `pulse parse FILE... [--json]`: shows what would be extracted from documents, without storing. */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parsePostmortem } from '../../../analysis/parse/index.js';
import type { ParsedPostmortem } from '../../../analysis/parse/types.js';
import { type CliIo, EXIT_OK, parseCommandArgs, UsageError } from '../io.js';

const HELP = `Usage: pulse parse FILE... [--json]

Parses postmortem documents (markdown, or HTML for .html/.htm) and prints what would be extracted.
  --json   one JSON array, one object per file
`;

function jsonFor(file: string, parsed: ParsedPostmortem) {
  return {
    file,
    kind: parsed.kind,
    skipReason: parsed.skipReason,
    title: parsed.title,
    occurredAt: parsed.occurredAt,
    severity: parsed.severity,
    team: parsed.team,
    services: parsed.services,
    summary: parsed.summary,
    rootCauses: parsed.rootCauses,
    triggers: parsed.triggers,
    contributingFactors: parsed.contributingFactors,
    timeToDetectMinutes: parsed.timeToDetectMinutes,
    timeToRecoverMinutes: parsed.timeToRecoverMinutes,
    // status keeps to open/done/unknown; a won't-do item is closed, so it prints as done with its resolution.
    actionItems: parsed.actionItems.map((item) => ({
      text: item.text,
      owner: item.owner,
      status: item.status === 'wont-do' ? 'done' : item.status,
      ...(item.status === 'wont-do' ? { resolution: 'wont-do' } : {}),
      due: item.due,
      ticket: item.ticket,
    })),
    sections: parsed.sections.map(({ heading, kind }) => ({ heading, kind })),
    warnings: parsed.warnings,
  };
}

function summaryFor(file: string, parsed: ParsedPostmortem): string {
  const lines = [`${file}: ${parsed.kind}${parsed.skipReason ? ` (${parsed.skipReason})` : ''}`];
  const show = (label: string, value: unknown) => lines.push(`  ${label.padEnd(18)}${value ?? '-'}`);
  show('title', parsed.title);
  show('occurred', parsed.occurredAt);
  show('severity', parsed.severity);
  show('team', parsed.team);
  show('services', parsed.services.join(', ') || null);
  for (const cause of parsed.rootCauses) show('root cause', cause);
  for (const trigger of parsed.triggers) show('trigger', trigger);
  for (const factor of parsed.contributingFactors) show('contributing', factor);
  lines.push(`  action items (${parsed.actionItems.length})`);
  for (const item of parsed.actionItems) {
    const details = [item.owner && `owner ${item.owner}`, item.due && `due ${item.due}`, item.ticket].filter(
      Boolean,
    );
    lines.push(`    [${item.status}] ${item.text}${details.length ? ` (${details.join(', ')})` : ''}`);
  }
  for (const warning of parsed.warnings) lines.push(`  warning: ${warning}`);
  return lines.join('\n');
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError(`no FILE given\n${HELP}`);

  const missing: string[] = [];
  for (const file of positionals) {
    const info = await stat(resolve(io.cwd, file)).catch(() => null);
    if (!info?.isFile()) missing.push(file);
  }
  if (missing.length) throw new UsageError(`no such file: ${missing.join(', ')}`);

  const results = [];
  for (const file of positionals) {
    const text = await readFile(resolve(io.cwd, file), 'utf8');
    const contentType = /\.html?$/i.test(file) ? 'html' : 'markdown';
    results.push({ file, parsed: parsePostmortem({ text, contentType, filename: file }) });
  }
  if (values.json)
    io.stdout(
      `${JSON.stringify(
        results.map(({ file, parsed }) => jsonFor(file, parsed)),
        null,
        2,
      )}\n`,
    );
  else io.stdout(`${results.map(({ file, parsed }) => summaryFor(file, parsed)).join('\n\n')}\n`);
  return EXIT_OK;
}
