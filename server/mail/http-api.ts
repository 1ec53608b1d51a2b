/**
 * A generic JSON mail API over fetch (Workers-safe: web-standard APIs only). Cloudflare's send_email
 * binding reaches only verified addresses, so Workers installations send through a provider's HTTP API
 * (or a small relay in front of one) configured by MAIL_API_URL and MAIL_API_KEY.
 *
 * Request: POST MAIL_API_URL, `Authorization: Bearer MAIL_API_KEY`, JSON
 * `{from, to, subject, html, text, headers, messageId}`. Any 2xx is acceptance; other statuses are
 * rejections (retried by the outbox); network errors throw.
 */
import type { Mailer, MailMessage, MailResult } from './interface.js';

export interface HttpApiMailerOptions {
  url: string;
  apiKey: string;
  fetch?: typeof fetch;
  /** Abort a request that hangs, so one stuck call cannot eat a Worker's whole scheduled run. */
  timeoutMs?: number;
}

export function createHttpApiMailer(options: HttpApiMailerOptions): Mailer {
  const doFetch = options.fetch ?? fetch;
  return {
    async send(message: MailMessage): Promise<MailResult> {
      const response = await doFetch(options.url, {
        method: 'POST',
        headers: { authorization: `Bearer ${options.apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          from: message.from,
          to: message.to,
          subject: message.subject,
          html: message.html,
          text: message.text,
          headers: message.headers,
          messageId: message.messageId,
        }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 20_000),
      });
      const body = (await response.text()).slice(0, 500);
      return { accepted: response.ok, response: `${response.status} ${body}`.trim() };
    },
  };
}
