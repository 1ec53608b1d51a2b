/**
 * The installation's signing secret (PULSE_SECRET, or one generated on first use and kept in app_meta
 * so every process, isolate and restart signs alike) and what the digest signs with it.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { appMeta } from '../../../db/schema/index.js';
import type { Config } from '../../config.js';
import { hmacSha256Hex, randomSecret, timingSafeEqual } from '../../lib/crypto.js';

const SECRET_KEY = 'signing-secret';

export async function signingSecret(db: Db, config: Pick<Config, 'PULSE_SECRET'>): Promise<string> {
  if (config.PULSE_SECRET) return config.PULSE_SECRET;
  // Two first users racing both insert-or-ignore, then both read the one winner.
  await db
    .insert(appMeta)
    .values({ key: SECRET_KEY, value: randomSecret(32) })
    .onConflictDoNothing();
  const [row] = await db.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, SECRET_KEY));
  if (!row) throw new Error('signing secret missing after insert');
  return row.value;
}

export async function unsubscribeSignature(secret: string, subscriptionId: number): Promise<string> {
  return hmacSha256Hex(secret, `digest-unsubscribe:${subscriptionId}`);
}

export async function verifyUnsubscribeSignature(
  secret: string,
  subscriptionId: number,
  signature: string,
): Promise<boolean> {
  return timingSafeEqual(await unsubscribeSignature(secret, subscriptionId), signature.toLowerCase());
}

export function publicBaseUrl(config: Pick<Config, 'PUBLIC_URL' | 'HOST' | 'PORT'>): string {
  return (config.PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}`).replace(/\/+$/, '');
}

export async function unsubscribeUrl(
  baseUrl: string,
  secret: string,
  subscriptionId: number,
): Promise<string> {
  return `${baseUrl}/api/digest/unsubscribe?s=${subscriptionId}&sig=${await unsubscribeSignature(secret, subscriptionId)}`;
}

/**
 * Same recipient and week always give the same Message-ID, and another installation never collides:
 * a receiving server or client that sees it twice can tell it is the same digest.
 */
export async function digestMessageId(
  secret: string,
  recipient: string,
  isoWeek: string,
  baseUrl: string,
): Promise<string> {
  const hash = (await hmacSha256Hex(secret, `digest-message:${recipient.toLowerCase()}:${isoWeek}`)).slice(
    0,
    24,
  );
  let host = 'pulse';
  try {
    host = new URL(baseUrl).hostname || host;
  } catch {
    // keep the fallback
  }
  return `<digest-${isoWeek}-${hash}@${host}>`;
}
