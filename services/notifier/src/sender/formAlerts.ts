import { alertDueAt, alertIdFor, isValidTimeZone, messageIdFor } from "@pushback/alerts";
import { type Kysely, sql } from "kysely";
import type { NotifierTables } from "../notifierTables.ts";

export interface FormAlertsOptions {
  now: Date;
  groupSeconds: number;
  /** Host part of Message-IDs. */
  domain: string;
}

/**
 * Turns each subscriber's due pending rows into one alert (one email): immediate subscribers once
 * their oldest pending row has waited the grouping window, digest subscribers at their digest
 * time. The alert and the rows it takes commit together. Returns the number of alerts formed.
 */
export async function formAlerts(db: Kysely<NotifierTables>, options: FormAlertsOptions): Promise<number> {
  const { now } = options;
  const pending = await db
    .selectFrom("notifier.outbox as o")
    .innerJoin("notifier.subscriptions as s", "s.subscription_id", "o.subscription_id")
    .select(["o.subscription_id", "s.mode", "s.timezone", sql<Date>`min(o.queued_at)`.as("oldest")])
    .where("o.status", "=", "pending")
    .where("s.active", "=", true)
    .groupBy(["o.subscription_id", "s.mode", "s.timezone"])
    .execute();
  let formed = 0;
  for (const subscriber of pending) {
    // A zone the runtime does not know (appended around the CLI/API checks) falls back to UTC.
    const timezone = isValidTimeZone(subscriber.timezone) ? subscriber.timezone : "UTC";
    const due = alertDueAt(
      { mode: subscriber.mode, timezone, oldestQueuedAt: new Date(subscriber.oldest) },
      options.groupSeconds,
    );
    if (due > now) continue;
    const done = await db.transaction().execute(async (trx) => {
      const rows = await trx
        .selectFrom("notifier.outbox")
        .select("contradiction_id")
        .where("subscription_id", "=", subscriber.subscription_id)
        .where("status", "=", "pending")
        .where("queued_at", "<=", now)
        .forUpdate()
        .execute();
      if (rows.length === 0) return false;
      const ids = rows.map((row) => row.contradiction_id);
      const alertId = alertIdFor(subscriber.subscription_id, ids);
      await trx
        .insertInto("notifier.alerts")
        .values({
          alert_id: alertId,
          subscription_id: subscriber.subscription_id,
          status: "queued",
          attempt_id: null,
          next_attempt_at: now,
          last_error: null,
          message_id: messageIdFor(alertId, options.domain),
          sent_at: null,
        })
        .onConflict((oc) => oc.column("alert_id").doNothing())
        .execute();
      await trx
        .updateTable("notifier.outbox")
        .set({ status: "assigned", alert_id: alertId })
        .where("subscription_id", "=", subscriber.subscription_id)
        .where("contradiction_id", "in", ids)
        .execute();
      return true;
    });
    if (done) formed++;
  }
  return formed;
}
