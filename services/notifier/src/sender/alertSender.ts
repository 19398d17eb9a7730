import type { Env } from "@pushback/config";
import { holdAdvisoryLock } from "@pushback/eventstore";
import type { Logger, PushbackStore } from "@pushback/runtime";
import type { Kysely } from "kysely";
import type { NotifierTables } from "../notifierTables.ts";
import { deliverAlert } from "./deliverAlert.ts";
import { formAlerts } from "./formAlerts.ts";
import type { MailTransport } from "./mailTransport.ts";

export interface AlertSenderOptions {
  env: Env;
  store: PushbackStore;
  transport: MailTransport;
  logger: Logger;
  now: () => Date;
  pollMs: number;
  retryBaseMs: number;
}

export interface AlertSender {
  /** One pass now: form due alerts and deliver the queued ones (a no-op on a standby instance). */
  runOnce(): Promise<void>;
  stop(): Promise<void>;
}

const LOCK_KEY = "pushback:notifier:sender";

/**
 * The sender loop: one active instance (an advisory lock), polling the outbox every `pollMs`.
 * When it takes the lock, alerts left `sending` by a dead sender go back to the queue, to be
 * re-sent with the same Message-ID: the one window where an email can arrive twice.
 */
export function startAlertSender(options: AlertSenderOptions): AlertSender {
  const { store, logger, env } = options;
  const db = store.db as unknown as Kysely<NotifierTables>;
  const domain = new URL(env.PUSHBACK_PUBLIC_URL).hostname;
  let lock: Awaited<ReturnType<typeof holdAdvisoryLock>> = null;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();

  async function takeLock(): Promise<boolean> {
    if (lock?.isHeld()) return true;
    lock = await holdAdvisoryLock(store.sql, LOCK_KEY);
    if (!lock) return false;
    const orphans = await db
      .updateTable("notifier.alerts")
      .set({ status: "queued", next_attempt_at: options.now() })
      .where("status", "=", "sending")
      .returning("alert_id")
      .execute();
    if (orphans.length > 0) {
      logger.warn(
        { alerts: orphans.map((row) => row.alert_id) },
        "re-sending alerts a previous sender left in flight (same Message-ID)",
      );
    }
    return true;
  }

  async function pass(): Promise<void> {
    if (!(await takeLock())) return;
    if (!(await lock!.check())) return;
    const now = options.now();
    await formAlerts(db, { now, groupSeconds: env.PUSHBACK_ALERT_GROUP_SECONDS, domain });
    const due = await db
      .selectFrom("notifier.alerts")
      .select("alert_id")
      .where("status", "=", "queued")
      .where("next_attempt_at", "<=", now)
      .orderBy("next_attempt_at")
      .limit(50)
      .execute();
    for (const { alert_id } of due) {
      if (stopped) return;
      try {
        await deliverAlert(
          { env, store, transport: options.transport, logger, now: options.now, retryBaseMs: options.retryBaseMs },
          alert_id,
        );
      } catch (error) {
        // One alert's trouble (e.g. its record failing) must not hold up the others.
        logger.error({ err: error, alertId: alert_id }, "alert delivery failed");
      }
    }
  }

  // Passes never overlap: each waits for the one before.
  const runOnce = () => {
    running = running.then(pass).catch((error) => logger.error({ err: error }, "alert sender pass failed"));
    return running;
  };

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      void runOnce().then(schedule);
    }, options.pollMs);
  };
  schedule();

  return {
    runOnce,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      await lock?.release();
      lock = null;
    },
  };
}
