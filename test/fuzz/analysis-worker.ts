/**
 * Runs parse and blame analysis in a worker thread so a hang (catastrophic regex backtracking) can be
 * detected and the worker terminated: code stuck in a synchronous loop cannot be interrupted in-process.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';

export interface AnalysisOutcome {
  timedOut: boolean;
  ms: number;
  error?: string;
  problems?: string[];
}

const ENTRY = `
import { parentPort } from 'node:worker_threads';
import { parsePostmortem } from './analysis/parse/index.ts';
import { analyzeBlame } from './analysis/blame/index.ts';
parentPort.on('message', ({ id, text, contentType, what }) => {
  const started = performance.now();
  const problems = [];
  try {
    if (what === 'spin') {
      // Only for testing the hang detector itself: never returns.
      for (;;) {}
    } else if (what === 'parse') {
      const p = parsePostmortem({ text, contentType });
      if (typeof p.body !== 'string') problems.push('body is not a string');
      for (const s of p.sections) {
        if (!(s.start >= 0 && s.start <= s.end && s.end <= p.body.length)) problems.push('section offsets out of range: ' + JSON.stringify([s.start, s.end, p.body.length]));
      }
      if (!['postmortem', 'template', 'not-postmortem'].includes(p.kind)) problems.push('kind ' + p.kind);
      JSON.stringify(p);
    } else {
      const r = analyzeBlame(text);
      if (!(Number.isInteger(r.score) && r.score >= 0 && r.score <= 100)) problems.push('score ' + r.score);
      for (const f of r.findings) {
        if (!(f.start >= 0 && f.start < f.end && f.end <= text.length)) problems.push('finding offsets out of range');
        else if (text.slice(f.start, f.end) !== f.text) problems.push('finding text is not the slice at its offsets');
      }
    }
    parentPort.postMessage({ id, ms: performance.now() - started, problems });
  } catch (error) {
    parentPort.postMessage({ id, ms: performance.now() - started, error: String(error && error.stack || error), problems });
  }
});
`;

export class AnalysisWorker {
  private worker: Worker | null = null;
  private next = 0;
  private constructor(
    private readonly bundle: string,
    private readonly cleanup: () => void,
  ) {}

  static async start(repoRoot: string): Promise<AnalysisWorker> {
    // Inside the repository so the bundle's bare imports resolve from node_modules.
    const cache = join(repoRoot, 'node_modules', '.cache');
    mkdirSync(cache, { recursive: true });
    const dir = mkdtempSync(join(cache, 'pulse-fuzz-'));
    const outfile = join(dir, 'analysis.mjs');
    await build({
      stdin: { contents: ENTRY, resolveDir: repoRoot, loader: 'ts' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      outfile,
      logLevel: 'silent',
    });
    return new AnalysisWorker(outfile, () => rmSync(dir, { recursive: true, force: true }));
  }

  private ensure(): Worker {
    if (!this.worker) {
      const worker = new Worker(this.bundle);
      // A crashed worker is replaced on the next run; the run in flight reports a timeout.
      worker.on('error', () => {
        if (this.worker === worker) this.worker = null;
      });
      this.worker = worker;
    }
    return this.worker;
  }

  run(
    what: 'parse' | 'blame' | 'spin',
    text: string,
    contentType: 'markdown' | 'html',
    timeoutMs: number,
  ): Promise<AnalysisOutcome> {
    const worker = this.ensure();
    const id = this.next++;
    const started = performance.now();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        worker.off('message', onMessage);
        // A hung worker cannot be reused: end it, the next run starts a fresh one.
        void worker.terminate();
        this.worker = null;
        resolve({ timedOut: true, ms: performance.now() - started });
      }, timeoutMs);
      const onMessage = (m: { id: number; ms: number; error?: string; problems: string[] }) => {
        if (m.id !== id) return;
        clearTimeout(timer);
        worker.off('message', onMessage);
        resolve({ timedOut: false, ms: m.ms, problems: m.problems, ...(m.error ? { error: m.error } : {}) });
      };
      worker.on('message', onMessage);
      worker.postMessage({ id, text, contentType, what });
    });
  }

  async stop(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
    this.cleanup();
  }
}
