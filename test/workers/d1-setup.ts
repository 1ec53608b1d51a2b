import { applyD1Migrations } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import type { Db } from '../../db/client.js';
import { createD1Db } from '../../server/adapters/d1.js';
import { createToken } from '../../server/services/tokens.js';
import type { ContractClient, ContractRole } from '../contract/cases.js';

/** Migrates this test file's local D1 the way `wrangler d1 migrations apply` does. */
export async function migratedD1(): Promise<Db> {
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
  return createD1Db(env.DB);
}

/** One API token per role, created straight in D1 through the same service the CLI uses. */
export async function roleTokens(db: Db): Promise<Record<ContractRole, string>> {
  const make = async (role: 'admin' | 'leader' | 'member' | 'ingest', teams: string[] = []) =>
    (await createToken(db, { name: `workers-${role}-${teams.join('+')}`, role, teams }, 'test')).secret;
  return {
    admin: await make('admin'),
    leader: await make('leader'),
    member: await make('member', ['payments']),
    memberB: await make('member', ['search']),
    ingest: await make('ingest'),
  };
}

/** An API client that sends requests through the Worker's own fetch handler, as deployed requests arrive. */
export async function workerClient(): Promise<ContractClient> {
  const tokens = await roleTokens(await migratedD1());
  return {
    maxDocumentBytes: Number(env.MAX_DOCUMENT_BYTES),
    request: (path, init = {}) => {
      const { as = 'admin', json, headers, ...rest } = init;
      const h = new Headers(headers);
      if (as) h.set('authorization', `Bearer ${tokens[as]}`);
      if (json !== undefined) h.set('content-type', 'application/json');
      const body = json !== undefined ? JSON.stringify(json) : rest.body;
      return exports.default.fetch(
        new Request(`https://pulse.example${path}`, { ...rest, headers: h, body }),
      );
    },
  };
}
