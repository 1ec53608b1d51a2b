/**
 * Digest test helpers: a real SMTP server on a random local port (smtp-server) whose messages are
 * parsed with mailparser, and a small organisation seeded through the app API.
 */
import { type AddressObject, type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { recurrences } from '../../db/schema/index.js';
import type { TestApp } from '../harness.js';

export interface ReceivedMail {
  envelopeTo: string[];
  parsed: ParsedMail;
  raw: string;
}

export interface TestSmtp {
  url: string;
  received: ReceivedMail[];
  /** Reject the next N messages after reading them (the server "fails" the attempt). */
  failNext: (n: number) => void;
  close: () => Promise<void>;
}

export async function startSmtp(): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  let failures = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (failures > 0) {
          failures--;
          const error = new Error('Temporary local problem, try again later') as Error & {
            responseCode: number;
          };
          error.responseCode = 451;
          callback(error);
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw)
          .then((parsed) => {
            received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), parsed, raw });
            callback();
          })
          .catch(callback);
      });
    },
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', () => ready()));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    failNext: (n) => {
      failures = n;
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

export function recipientsOf(mail: ReceivedMail): string[] {
  const to = mail.parsed.to;
  const list: AddressObject[] = Array.isArray(to) ? to : to ? [to] : [];
  return list.flatMap((a) => a.value.map((v) => v.address ?? ''));
}

/** All href targets in an HTML document. */
export function linksIn(html: string): string[] {
  return [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
}

/** Monday 23 Nov 2026, 09:00 UTC: the digest reports ISO week 2026-W47 (16–22 Nov) against W46. */
export const NOW = new Date('2026-11-23T09:00:00Z');
export const WEEK = '2026-W47';

async function post(t: TestApp, json: unknown, as: 'admin' = 'admin') {
  const res = await t.request('/api/postmortems', { method: 'POST', as, json });
  if (res.status !== 201) throw new Error(`seed failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as { postmortemId: number };
}

async function items(t: TestApp, id: number): Promise<{ id: number; text: string }[]> {
  const res = await t.request(`/api/postmortems/${id}`);
  const body = (await res.json()) as { actionItems: { id: number; text: string }[] };
  return body.actionItems;
}

async function complete(t: TestApp, itemId: number, completedOn: string) {
  const res = await t.request(`/api/action-items/${itemId}`, {
    method: 'PATCH',
    json: { status: 'done', completedOn },
  });
  if (res.status !== 200) throw new Error(`patch failed: ${res.status} ${await res.text()}`);
}

export interface Seeded {
  paymentsEarlier: number;
  paymentsRepeat: number;
  paymentsPrevious: number;
  searchEarlier: number;
  searchNew: number;
  searchRepeat: number;
  /** Texts that belong only to the search team. */
  searchOnly: string[];
  /** Texts that belong only to the payments team. */
  paymentsOnly: string[];
}

/** Two teams, an earlier incident and its repeat, overdue and completed follow-ups, one blameful sentence. */
export async function seedOrganisation(t: TestApp): Promise<Seeded> {
  const paymentsEarlier = await post(t, {
    externalId: 'pay-2026-10-01',
    source: 'digest-test',
    title: 'Card payments failed: gateway certificate expired',
    occurredAt: '2026-10-01',
    severity: 'SEV1',
    team: 'payments',
    services: ['card-gateway'],
    summary: 'Card authorisations failed for 47 minutes because the gateway TLS certificate expired.',
    rootCauses: [
      'The TLS certificate of the card gateway expired because renewal was a manual calendar task.',
    ],
    actionItems: [
      {
        text: 'Automate certificate renewal for the card gateway',
        status: 'open',
        due: '2026-10-20',
        owner: 'Priya Natarajan',
      },
      { text: 'Alert 30 days before any gateway certificate expires', status: 'open', due: '2026-11-05' },
      { text: 'Document the manual renewal steps', status: 'done' },
    ],
  });
  const paymentsPrevious = await post(t, {
    externalId: 'pay-2026-11-11',
    source: 'digest-test',
    title: 'Refund queue backlog after a slow consumer deploy',
    occurredAt: '2026-11-11',
    severity: 'SEV3',
    team: 'payments',
    rootCauses: [
      'A deploy of the refund consumer halved its batch size, so the queue grew faster than it drained.',
    ],
    actionItems: [
      { text: 'Load-test the refund consumer before deploys', status: 'open', due: '2027-01-15' },
    ],
  });
  const paymentsRepeat = await post(t, {
    externalId: 'pay-2026-11-18',
    source: 'digest-test',
    title: 'Checkout errors: payment gateway certificate not renewed',
    occurredAt: '2026-11-18',
    severity: 'SEV2',
    team: 'payments',
    services: ['card-gateway'],
    summary:
      'Checkout failed for 25 minutes. If Sam had renewed the certificate this would not have happened.',
    rootCauses: [
      'The TLS certificate of the card gateway expired because nobody renewed it; renewal is still manual.',
    ],
    actionItems: [
      { text: 'Move gateway certificates to the managed issuer', status: 'open', due: '2026-12-15' },
    ],
  });
  const searchEarlier = await post(t, {
    externalId: 'search-2026-09-10',
    source: 'digest-test',
    title: 'Search results stale after indexer stall',
    occurredAt: '2026-09-10',
    severity: 'SEV3',
    team: 'search',
    rootCauses: ['The indexer stalled on a poison message in the ingest queue and nothing alerted on lag.'],
    actionItems: [
      { text: 'Rotate the search-cluster read credentials', status: 'open', due: '2026-10-01' },
      { text: 'Dead-letter poison messages in the indexer', status: 'open', due: '2026-11-30' },
    ],
  });
  const searchNew = await post(t, {
    externalId: 'search-2026-11-17',
    source: 'digest-test',
    title: 'Autocomplete timeouts after shard rebalancing',
    occurredAt: '2026-11-17',
    severity: 'SEV2',
    team: 'search',
    rootCauses: ['Shard rebalancing moved hot shards onto two nodes, which saturated their disks.'],
    actionItems: [{ text: 'Cap concurrent shard moves per node', status: 'open', due: '2026-12-20' }],
  });
  // Another team's incident with the same kind of cause as payments' earlier one.
  const searchRepeat = await post(t, {
    externalId: 'search-2026-11-19',
    source: 'digest-test',
    title: 'Search API handshake failures: expired certificate',
    occurredAt: '2026-11-19',
    severity: 'SEV2',
    team: 'search',
    rootCauses: ['The TLS certificate of the search API expired because renewal was manual.'],
    actionItems: [
      {
        text: 'Put the search API certificate on automatic renewal',
        status: 'open',
        due: '2026-12-10',
        owner: 'Jordan Reyes',
      },
    ],
  });
  const searchItems = await items(t, searchEarlier.postmortemId);
  await complete(t, searchItems.find((i) => i.text.startsWith('Dead-letter'))!.id, '2026-11-19');
  const paymentsItems = await items(t, paymentsEarlier.postmortemId);
  await complete(t, paymentsItems.find((i) => i.text.startsWith('Alert 30 days'))!.id, '2026-11-20');

  // Finding recurrences is the cause analysis' job (tested there); the digest tests pin the links they read,
  // as that analysis would write them, so a change of its thresholds does not move these figures.
  const open = paymentsItems
    .filter((i) => i.text.startsWith('Automate') || i.text.startsWith('Alert 30 days'))
    .map((i) => ({
      id: i.id,
      text: i.text,
      due: i.text.startsWith('Automate') ? '2026-10-20' : '2026-11-05',
      status: 'open',
    }));
  await t.db.delete(recurrences);
  await t.db.insert(recurrences).values([
    {
      postmortemId: paymentsRepeat.postmortemId,
      repeatsPostmortemId: paymentsEarlier.postmortemId,
      similarity: 0.9,
      openActionItemsJson: JSON.stringify(open),
      openActionItemCount: open.length,
    },
    {
      postmortemId: searchRepeat.postmortemId,
      repeatsPostmortemId: paymentsEarlier.postmortemId,
      similarity: 0.8,
      openActionItemsJson: JSON.stringify(open),
      openActionItemCount: open.length,
    },
  ]);

  return {
    paymentsEarlier: paymentsEarlier.postmortemId,
    searchRepeat: searchRepeat.postmortemId,
    paymentsRepeat: paymentsRepeat.postmortemId,
    paymentsPrevious: paymentsPrevious.postmortemId,
    searchEarlier: searchEarlier.postmortemId,
    searchNew: searchNew.postmortemId,
    searchOnly: [
      'Rotate the search-cluster read credentials',
      'Autocomplete timeouts after shard rebalancing',
      'Dead-letter poison messages',
      'Search results stale',
      'Search API handshake failures',
      'search API certificate on automatic renewal',
    ],
    paymentsOnly: [
      'Automate certificate renewal for the card gateway',
      'Checkout errors: payment gateway certificate not renewed',
      'Card payments failed',
    ],
  };
}
