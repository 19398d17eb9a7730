import { EventEmitter } from "node:events";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** accept: 250; tempfail: 451 to DATA; hold: never answer DATA (the client waits, or dies). */
export type SmtpBehaviour = "accept" | "tempfail" | "hold";

export interface ReceivedMail {
  rcptTo: string[];
  mail: ParsedMail;
  raw: string;
  /** False for a message the server received but never acknowledged (hold). */
  accepted: boolean;
}

export interface SmtpTestServer {
  port: number;
  url: string;
  /** Messages whose DATA completed, in order (accepted or not). */
  received: ReceivedMail[];
  accepted(): ReceivedMail[];
  behaviour: SmtpBehaviour;
  /** Emits "held" when a message is held, "data" when one completes. */
  events: EventEmitter;
  /** Acknowledges every held message with 250 (callback), e.g. after killing the client. */
  releaseHeld(): void;
  /** Forgets held messages without acknowledging them (their client is gone). */
  discardHeld(): void;
  close(): Promise<void>;
  /** Listens again on the same port (after close). */
  listen(): Promise<void>;
}

/** A real SMTP server on loopback (smtp-server), parsing what it receives with mailparser. */
export async function startSmtpTestServer(port = 0): Promise<SmtpTestServer> {
  const events = new EventEmitter();
  const held: (() => void)[] = [];
  let server: SMTPServer;
  const state: SmtpTestServer = {
    port,
    url: "",
    received: [],
    accepted: () => state.received.filter((m) => m.accepted),
    behaviour: "accept",
    events,
    releaseHeld() {
      for (const release of held.splice(0)) release();
    },
    discardHeld() {
      held.splice(0);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    listen: () => listen(),
  };
  const create = () =>
    new SMTPServer({
      authOptional: true,
      disableReverseLookup: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", async () => {
          const raw = Buffer.concat(chunks).toString("utf8");
          const entry: ReceivedMail = {
            rcptTo: session.envelope.rcptTo.map((r) => r.address),
            mail: await simpleParser(raw),
            raw,
            accepted: false,
          };
          state.received.push(entry);
          const behaviour = state.behaviour;
          if (behaviour === "tempfail") {
            const error = Object.assign(new Error("try again later"), { responseCode: 451 });
            callback(error);
          } else if (behaviour === "hold") {
            held.push(() => {
              entry.accepted = true;
              callback();
            });
            events.emit("held", entry);
          } else {
            entry.accepted = true;
            callback();
          }
          events.emit("data", entry);
        });
      },
    });
  async function listen(): Promise<void> {
    server = create();
    server.on("error", () => {});
    await new Promise<void>((resolve) => server.listen(state.port, "127.0.0.1", () => resolve()));
    state.port = (server.server.address() as { port: number }).port;
    state.url = `smtp://127.0.0.1:${state.port}`;
  }
  await listen();
  return state;
}
