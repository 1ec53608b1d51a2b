/** SMTP through nodemailer. Node only: imported by the Node entry and the CLI, never by the Worker. */
import { createTransport } from 'nodemailer';
import type { Mailer, MailMessage, MailResult } from './interface.js';

/** `url` is SMTP_URL, e.g. smtp://user:pass@mail.example.com:587 or smtps://...:465. */
export function createSmtpMailer(url: string): Mailer {
  const transport = createTransport(url);
  return {
    async send(message: MailMessage): Promise<MailResult> {
      const info = await transport.sendMail({
        from: message.from,
        to: message.to,
        subject: message.subject,
        html: message.html,
        text: message.text,
        headers: message.headers,
        messageId: message.messageId,
      });
      const accepted = (info.accepted as (string | { address: string })[]).map((a) =>
        (typeof a === 'string' ? a : a.address).toLowerCase(),
      );
      return { accepted: accepted.includes(message.to.toLowerCase()), response: info.response };
    },
    close: () => transport.close(),
  };
}
