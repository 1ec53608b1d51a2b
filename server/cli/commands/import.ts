import { readFile, stat } from 'node:fs/promises';
import { extname, relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { ApiError } from '../../errors.js';
import { removeDemoDataIfPresent } from '../../services/demo-removal.js';
import { type IngestOutcome, ingestDocument } from '../../services/ingest.js';
import { CLI_PRINCIPAL, cliConfig, openDatabase } from '../database.js';
import { type CliIo, EXIT_FINDING, EXIT_OK, parseCommandArgs, UsageError } from '../io.js';

const HELP = `Usage: pulse import PATH... [--url URL --token TOKEN] [--json]

Imports postmortems from files, folders (recursive) and globs: .md, .markdown, .html, .htm.
Without --url, into the database of DATABASE_URL (default file:./data/pulse.db).
With --url and --token, through the HTTP API of a running Pulse (for example on Workers).
Running the same import again changes nothing.
`;

export const DOCUMENT_EXTENSIONS = new Set(['.md', '.markdown', '.html', '.htm']);

/** Files named by the arguments: files as given, folders walked recursively, globs expanded; sorted, unique. */
export async function collectFiles(
  paths: string[],
  cwd: string,
): Promise<{ files: string[]; missing: string[] }> {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const info = await stat(absolute).catch(() => null);
    if (info?.isFile()) files.add(path);
    else if (info?.isDirectory()) {
      for (const f of await glob('**/*', { cwd: absolute, onlyFiles: true, dot: false })) {
        if (DOCUMENT_EXTENSIONS.has(extname(f).toLowerCase()))
          files.add(relative(cwd, resolve(absolute, f)) || f);
      }
    } else if (/[*?[{]/.test(path)) {
      const matched = await glob(path, { cwd, onlyFiles: true });
      if (matched.length === 0) missing.push(path);
      for (const f of matched) if (DOCUMENT_EXTENSIONS.has(extname(f).toLowerCase())) files.add(f);
    } else missing.push(path);
  }
  return { files: [...files].sort(), missing };
}

type Result = { file: string } & (IngestOutcome | { status: 'failed'; reason: string });

function contentTypeFor(file: string): 'markdown' | 'html' {
  return ['.html', '.htm'].includes(extname(file).toLowerCase()) ? 'html' : 'markdown';
}

/** Through a running Pulse: one bulk request per batch of documents. */
async function importOverHttp(
  url: string,
  token: string,
  files: string[],
  io: CliIo,
  onResult: (r: Result) => void,
) {
  const endpoint = new URL('/api/postmortems/bulk', url).toString();
  const BATCH = 25;
  for (let i = 0; i < files.length; i += BATCH) {
    const slice = files.slice(i, i + BATCH);
    const documents = await Promise.all(
      slice.map(async (file) => ({
        content: await readFile(resolve(io.cwd, file), 'utf8'),
        contentType: contentTypeFor(file),
        filename: file,
        externalId: file,
        source: 'file',
      })),
    );
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ documents }),
      });
    } catch (error) {
      for (const file of slice)
        onResult({ file, status: 'failed', reason: `could not reach ${url}: ${String(error)}` });
      continue;
    }
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
      for (const file of slice)
        onResult({
          file,
          status: 'failed',
          reason: `HTTP ${response.status}: ${body?.error?.message ?? response.statusText}`,
        });
      continue;
    }
    const { results } = (await response.json()) as {
      results: (
        | (IngestOutcome & { index: number; error?: { message: string } })
        | { index: number; status: 'failed'; error: { message: string } }
      )[];
    };
    for (const r of results) {
      const file = slice[r.index]!;
      if (r.status === 'failed') onResult({ file, status: 'failed', reason: r.error.message });
      else onResult({ file, ...(r as IngestOutcome) });
    }
  }
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    url: { type: 'string' },
    token: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError(`give at least one PATH.\n\n${HELP}`);
  if (values.url && !values.token)
    throw new UsageError('--url needs --token (an ingest or admin API token).');
  if (values.url && !/^https?:\/\//.test(values.url)) throw new UsageError('--url must be an http(s) URL.');

  const { files, missing } = await collectFiles(positionals, io.cwd);
  if (missing.length) throw new UsageError(`no such file, folder or match: ${missing.join(', ')}`);

  const counts = { created: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0 };
  const notable: Result[] = [];
  let done = 0;
  const progress = (r: Result) => {
    counts[r.status === 'created' ? 'created' : r.status]++;
    if (r.status === 'skipped' || r.status === 'failed') notable.push(r);
    done++;
    if (io.isTty && !values.json) {
      const width = 30;
      const filled = Math.round((done / files.length) * width);
      io.stdout(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${files.length}`);
    }
  };

  if (values.url) {
    await importOverHttp(values.url, values.token!, files, io, progress);
  } else {
    const config = cliConfig(io);
    const { db, close } = await openDatabase(config);
    try {
      const ctx = {
        db,
        maxDocumentBytes: config.MAX_DOCUMENT_BYTES,
        recurrenceWindowDays: config.RECURRENCE_WINDOW_DAYS,
      };
      const demoRemoved = files.length > 0 ? await removeDemoDataIfPresent(db) : 0;
      if (demoRemoved > 0)
        io.stdout(
          `Removed the demo organisation (${demoRemoved} postmortems) before the first real import.\n`,
        );
      for (const file of files) {
        try {
          const raw = await readFile(resolve(io.cwd, file), 'utf8');
          const outcome = await ingestDocument(ctx, CLI_PRINCIPAL, {
            raw,
            contentType: contentTypeFor(file),
            externalId: file,
            source: 'file',
            filename: file,
          });
          progress({ file, ...outcome });
        } catch (error) {
          progress({
            file,
            status: 'failed',
            reason: error instanceof ApiError ? error.message : String(error),
          });
        }
      }
    } finally {
      close();
    }
  }
  if (io.isTty && !values.json) io.stdout('\n');

  if (values.json) {
    io.stdout(`${JSON.stringify({ ...counts, imported: counts.created, details: notable }, null, 2)}\n`);
  } else {
    io.stdout(
      `imported ${counts.created}, updated ${counts.updated}, unchanged ${counts.unchanged}, skipped ${counts.skipped}, failed ${counts.failed}\n`,
    );
    for (const r of notable) io.stdout(`  ${r.status}: ${r.file}: ${'reason' in r ? r.reason : ''}\n`);
  }
  return counts.failed > 0 ? EXIT_FINDING : EXIT_OK;
}
