/**
 * Sending mail is a runtime capability: nodemailer over SMTP on Node (./smtp.ts), a JSON mail API
 * over fetch on Workers or anywhere (./http-api.ts). The entry point picks one; services see only this.
 */
export interface MailMessage {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Extra headers (List-Unsubscribe, List-Unsubscribe-Post, ...). */
  headers: Record<string, string>;
  /** Stable Message-ID with angle brackets, so a resend (should one ever happen) is recognisable as the same mail. */
  messageId: string;
}

export interface MailResult {
  /** The server took responsibility for the message. False = rejected (retry later). */
  accepted: boolean;
  /** The server's reply, for the log and the outbox's last_error. */
  response?: string;
}

export interface Mailer {
  /** Resolves with the server's verdict; throws when the server could not be reached or broke off. */
  send(message: MailMessage): Promise<MailResult>;
  close?(): Promise<void> | void;
}
