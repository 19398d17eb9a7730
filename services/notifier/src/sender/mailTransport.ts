import nodemailer, { type SendMailOptions } from "nodemailer";

/** What the sender needs of nodemailer: one message out, accepted or an error. */
export interface MailTransport {
  sendMail(message: SendMailOptions): Promise<unknown>;
  close(): void;
}

/**
 * SMTP over SMTP_URL. One pooled connection, reused for up to 100 messages: opening a connection
 * per message cost about 100 ms on loopback, against 8 ms per message on a kept connection (the
 * sender sends one message at a time anyway). Timeouts bound how long a stalled server holds it.
 */
export function createMailTransport(smtpUrl: string): MailTransport {
  const url = new URL(smtpUrl);
  return nodemailer.createTransport({
    host: url.hostname,
    port: Number(url.port || (url.protocol === "smtps:" ? 465 : 587)),
    secure: url.protocol === "smtps:",
    ...(url.username
      ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
      : {}),
    pool: true,
    maxConnections: 1,
    maxMessages: 100,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 60_000,
  });
}
