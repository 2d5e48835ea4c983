import nodemailer from "nodemailer";
import { env } from "@/lib/env";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends one message; resolves when the server accepted it, throws otherwise. */
export type MailSender = (message: MailMessage) => Promise<void>;

export function mailConfigured(): boolean {
  return Boolean(env().SMTP_URL);
}

/** An SMTP sender for the configured server, or null when none is configured (messages stay queued). */
export function smtpSender(): MailSender | null {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) return null;
  // Short timeouts: the DPO waits on the click, and a dead server should fail fast and stay queued.
  const transport = nodemailer.createTransport({ url: SMTP_URL, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
  return async (message) => {
    await transport.sendMail({ from: MAIL_FROM, to: message.to, subject: message.subject, text: message.text });
  };
}

const REASONS: Record<string, string> = {
  EAUTH: "the mail server refused the sign-in",
  ECONNECTION: "the mail server could not be reached",
  ETIMEDOUT: "the mail server did not answer in time",
  ESOCKET: "the connection to the mail server failed",
  EDNS: "the mail server's name could not be resolved",
  ETLS: "the secure connection to the mail server failed",
  EENVELOPE: "the mail server refused the sender or the recipient",
  EMESSAGE: "the mail server refused the message",
  EPROTOCOL: "the mail server answered unexpectedly",
};

/**
 * A failure as stored in the outbox and written to the log: the error code and SMTP reply code only.
 * The server's own text is left out, since it often quotes the recipient's address.
 */
export function describeMailError(error: unknown): string {
  const e = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  const code = typeof e.code === "string" && /^[A-Z_]{2,20}$/.test(e.code) ? e.code : "";
  const reply = typeof e.responseCode === "number" ? ` (SMTP ${e.responseCode})` : "";
  const reason = REASONS[code] ?? "sending failed";
  return `${code ? `${code}: ` : ""}${reason}${reply}`;
}
