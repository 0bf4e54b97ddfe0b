// A real SMTP server inside the test process: records every message it accepts; can hold a message's DATA (to kill
// the sender mid-send) and refuses recipients at the "refused.test" domain with 550.
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";

export interface ReceivedMail {
  to: string[];
  raw: string;
}

export interface SmtpSink {
  url: string;
  accepted: ReceivedMail[];
  /** While set, DATA is read but never answered; resolves `dataHeld` when a message is being held. */
  hold(on: boolean): void;
  dataHeld(): Promise<void>;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const accepted: ReceivedMail[] = [];
  let holding = false;
  let held: (() => void) | null = null;
  let heldPromise = new Promise<void>((resolve) => (held = resolve));
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.endsWith("@refused.test")) {
        const error = new Error("5.1.1 no such mailbox") as Error & { responseCode: number };
        error.responseCode = 550;
        callback(error);
      } else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        if (holding) {
          held?.();
          return; // never answered: the client waits until it is killed
        }
        accepted.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}?tls=off`,
    accepted,
    hold(on) {
      holding = on;
      if (on) heldPromise = new Promise<void>((resolve) => (held = resolve));
    },
    dataHeld: () => heldPromise,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The decoded bytes of the first attachment of this content type in a raw MIME message. */
export function attachmentOf(raw: string, contentType: string): Buffer | null {
  const at = raw.indexOf(`Content-Type: ${contentType}`);
  if (at < 0) return null;
  const bodyStart = raw.indexOf("\r\n\r\n", at);
  const bodyEnd = raw.indexOf("\r\n--", bodyStart);
  return Buffer.from(raw.slice(bodyStart + 4, bodyEnd).replace(/\s+/g, ""), "base64");
}
