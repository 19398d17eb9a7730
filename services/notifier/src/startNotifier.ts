import type { Env } from "@pushback/config";
import { type ProcessorHandle, runProcessor } from "@pushback/eventstore";
import type { Database, Logger, PushbackStore } from "@pushback/runtime";
import { alertReactor } from "./reactor/alertReactor.ts";
import { startAlertSender } from "./sender/alertSender.ts";
import { createMailTransport, type MailTransport } from "./sender/mailTransport.ts";

export interface NotifierOptions {
  /** The notifier's clock (grouping windows, digest times, back-off); tests move it. */
  clock?: () => Date;
  /** How often the sender polls the outbox (default 1 s). */
  pollMs?: number;
  /** First retry delay after an SMTP failure; later ones double (default 30 s). */
  retryBaseMs?: number;
  /** Replaces SMTP over SMTP_URL. */
  transport?: MailTransport;
}

export interface RunningNotifier {
  reactor: ProcessorHandle;
  /** Runs one sender pass now (form due alerts, deliver queued ones). */
  sendDue(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The notifier service: the alert reactor (subscriptions, stories, outbox) and the sender loop
 * that delivers the outbox over SMTP. Several instances may run: each part is active in one.
 */
export function startNotifier(
  context: { env: Env; store: PushbackStore; database?: Database; logger: Logger },
  options: NotifierOptions = {},
): RunningNotifier {
  const { env, store, logger } = context;
  const now = options.clock ?? (() => new Date());
  const transport = options.transport ?? createMailTransport(env.SMTP_URL);
  const reactor = runProcessor(store, alertReactor(now), {
    onError: (error) => logger.error({ err: error }, "notifier reactor batch failed"),
    onParked: (event, error) =>
      logger.error({ err: error, eventId: event.id, type: event.type }, "notifier parked an event"),
  });
  const sender = startAlertSender({
    env,
    store,
    transport,
    logger,
    now,
    pollMs: options.pollMs ?? 1000,
    retryBaseMs: options.retryBaseMs ?? 30_000,
  });
  logger.info({ smtp: new URL(env.SMTP_URL).host }, "notifier started");
  return {
    reactor,
    sendDue: () => sender.runOnce(),
    async stop() {
      await sender.stop();
      await reactor.stop();
      transport.close();
    },
  };
}
