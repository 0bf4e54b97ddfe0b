import nodemailer from "nodemailer";

export interface MailAttachment {
  filename: string;
  content: Buffer;
  contentType: string;
}

export interface OutgoingMail {
  to: string[];
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
  /** Stable per outbox row, so a resend after a crash carries the same Message-ID. */
  messageId: string;
}

export interface MailResult {
  messageId: string;
  /** Recipients the server refused (the others got it). */
  rejected: string[];
}

/** Sends mail; one per process, built from SMTP_URL and MAIL_FROM. */
export interface Mailer {
  readonly from: string;
  send(mail: OutgoingMail): Promise<MailResult>;
  close(): void;
}

/** A failure that will not get better by retrying (the server refused every recipient or the message). */
export class PermanentMailError extends Error {
  override readonly name = "PermanentMailError";
}

/**
 * A nodemailer SMTP transport. Timeouts are short so a hanging server costs one attempt, not the sender's lease.
 * Error messages keep the server's reply but never the URL (it may hold a password).
 */
export function createSmtpMailer(opts: { smtpUrl: string; from: string; timeoutMs?: number }): Mailer {
  const timeout = opts.timeoutMs ?? 30_000;
  const url = new URL(opts.smtpUrl);
  const transport = nodemailer.createTransport({
    host: url.hostname,
    port: Number(url.port || (url.protocol === "smtps:" ? 465 : 587)),
    secure: url.protocol === "smtps:",
    ...(url.username && {
      auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) },
    }),
    // Plain SMTP for local relays and the tests; STARTTLS is used whenever the server offers it.
    ignoreTLS: url.searchParams.get("tls") === "off",
    tls: { rejectUnauthorized: url.searchParams.get("tls") !== "insecure" },
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  return {
    from: opts.from,
    async send(mail) {
      try {
        const info = await transport.sendMail({
          from: opts.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          attachments: mail.attachments,
          messageId: mail.messageId,
        });
        return { messageId: info.messageId, rejected: (info.rejected ?? []).map(String) };
      } catch (error) {
        throw mailError(error);
      }
    },
    close: () => transport.close(),
  };
}

function mailError(error: unknown): Error {
  const e = error as { message?: string; responseCode?: number; code?: string };
  const message = `SMTP: ${e.code ? `${e.code} ` : ""}${e.message ?? "unknown error"}`.split("\n")[0]!;
  // 5xx replies (unknown mailbox, message refused) are permanent; connection errors and 4xx are worth retrying.
  if (e.responseCode !== undefined && e.responseCode >= 500) return new PermanentMailError(message);
  if (e.code === "EENVELOPE" && (e.responseCode ?? 500) >= 500) return new PermanentMailError(message);
  return new Error(message);
}

/** "<id@host>" with the host of the sender's address. */
export function messageIdFor(deliveryId: string, from: string): string {
  const host = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? "antdash.local";
  return `<${deliveryId}@${host}>`;
}
