/**
 * The few Workers runtime shapes the entry touches, declared structurally: the project typechecks
 * against DOM + Node libs, and @cloudflare/workers-types would redefine those globals.
 */

export interface D1PreparedStatementLike {
  bind(...values: unknown[]): D1PreparedStatementLike;
  run(): Promise<unknown>;
  all(): Promise<{ results: unknown[] }>;
}

export interface D1DatabaseLike {
  prepare(query: string): D1PreparedStatementLike;
  batch(statements: D1PreparedStatementLike[]): Promise<unknown[]>;
  exec(query: string): Promise<unknown>;
}

export interface FetcherLike {
  fetch(input: Request | string, init?: RequestInit): Promise<Response>;
}

export interface ExecutionContextLike {
  waitUntil(promise: Promise<unknown>): void;
  passThroughOnException?(): void;
}

export interface ScheduledControllerLike {
  scheduledTime: number;
  cron: string;
}
