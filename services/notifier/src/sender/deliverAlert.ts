import { randomUUID } from "node:crypto";
import {
  type AlertItem,
  isValidTimeZone,
  renderAlertEmail,
  retryDelayMs,
  signUnsubscribeToken,
} from "@pushback/alerts";
import type { Env } from "@pushback/config";
import type { EventData } from "@pushback/events";
import { eventId } from "@pushback/eventstore";
import type { Logger, PushbackStore } from "@pushback/runtime";
import type { Kysely, Updateable } from "kysely";
import type { NotifierTables } from "../notifierTables.ts";
import type { MailTransport } from "./mailTransport.ts";
import { alertAttemptsFailedTotal, alertsFailedTotal, alertsSentTotal } from "./metrics.ts";

export interface DeliveryContext {
  env: Pick<Env, "PUSHBACK_PUBLIC_URL" | "PUSHBACK_SECRET" | "PUSHBACK_ALERT_FROM" | "PUSHBACK_ALERT_MAX_ATTEMPTS">;
  store: PushbackStore;
  transport: MailTransport;
  logger: Logger;
  now: () => Date;
  /** First retry delay; later ones double (PUSHBACK_ALERT_MAX_ATTEMPTS bounds the attempts). */
  retryBaseMs: number;
}

export const alertStream = (subscriptionId: string) => `alerts-${subscriptionId}`;

export function unsubscribeUrl(publicUrl: string, subscriptionId: string, secret: string): string {
  return `${publicUrl.replace(/\/+$/, "")}/unsubscribe?token=${signUnsubscribeToken(subscriptionId, secret)}`;
}

function describe(error: unknown): string {
  const e = error as { responseCode?: number; code?: string; message?: string };
  const prefix = e?.responseCode ? `${e.responseCode} ` : e?.code ? `${e.code} ` : "";
  return `${prefix}${e?.message ?? String(error)}`.slice(0, 500);
}

/**
 * Sends one queued alert, exactly once as far as SMTP allows:
 * 1. mark it `sending` with a fresh attempt id (committed before any byte goes out);
 * 2. send with the Message-ID derived from the alert id;
 * 3. once the server accepted it, append AlertSent (event id from the alert id) and mark it `sent`,
 *    in one transaction.
 * A crash between 2 and 3 leaves it `sending`: the next sender re-sends it with the same Message-ID
 * (see README.md). A failure re-queues it with back-off, or records AlertFailed after the last attempt.
 */
export async function deliverAlert(
  context: DeliveryContext,
  alertId: string,
): Promise<"sent" | "retry" | "failed" | "cancelled" | "skipped"> {
  const db = context.store.db as unknown as Kysely<NotifierTables>;
  const attemptId = randomUUID();
  const claimed = await db
    .updateTable("notifier.alerts")
    .set({ status: "sending", attempt_id: attemptId })
    .where("alert_id", "=", alertId)
    .where("status", "=", "queued")
    .returningAll()
    .executeTakeFirst();
  if (!claimed) return "skipped";
  const subscription = await db
    .selectFrom("notifier.subscriptions")
    .selectAll()
    .where("subscription_id", "=", claimed.subscription_id)
    .executeTakeFirst();
  const rows = await db
    .selectFrom("notifier.outbox")
    .select(["contradiction_id", "item"])
    .where("alert_id", "=", alertId)
    .orderBy("queued_at")
    .orderBy("contradiction_id")
    .execute();
  const contradictionIds = rows.map((row) => row.contradiction_id);
  if (!subscription?.active || rows.length === 0) {
    await db.transaction().execute(async (trx) => {
      await trx.updateTable("notifier.alerts").set({ status: "cancelled" }).where("alert_id", "=", alertId).execute();
      await trx.updateTable("notifier.outbox").set({ status: "cancelled" }).where("alert_id", "=", alertId).execute();
    });
    return "cancelled";
  }
  const items: AlertItem[] = rows.map((row) => row.item);
  const { env } = context;
  const unsubscribe = unsubscribeUrl(env.PUSHBACK_PUBLIC_URL, subscription.subscription_id, env.PUSHBACK_SECRET);
  let subject: string;
  try {
    // Rendering errors count as failed attempts too: nothing is left `sending` by a bad item.
    const email = renderAlertEmail({
      items,
      mode: subscription.mode,
      timezone: isValidTimeZone(subscription.timezone) ? subscription.timezone : "UTC",
      publicUrl: env.PUSHBACK_PUBLIC_URL,
      unsubscribeUrl: unsubscribe,
    });
    subject = email.subject;
    await context.transport.sendMail({
      from: env.PUSHBACK_ALERT_FROM,
      to: subscription.email,
      subject: email.subject,
      text: email.text,
      html: email.html,
      messageId: claimed.message_id,
      list: { unsubscribe: { url: unsubscribe, comment: "Unsubscribe" } },
      headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    });
  } catch (error) {
    return recordFailure(context, db, {
      alertId,
      attemptId,
      subscriptionId: subscription.subscription_id,
      contradictionIds,
      attempts: claimed.attempts + 1,
      error,
    });
  }
  // Accepted: from here on only the record is missing. Retry it a few times, so that a database
  // blip does not leave the alert `sending` (which a restart would re-send).
  await withRetries(() =>
    recordOutcome(
      context,
      { alertId, attemptId },
      {
        type: "AlertSent",
        data: {
          alertId,
          subscriptionId: subscription.subscription_id,
          contradictionIds,
          messageId: claimed.message_id,
          subject,
          mode: subscription.mode,
        },
      },
      { status: "sent", sent_at: context.now(), attempts: claimed.attempts + 1, last_error: null },
    ),
  );
  alertsSentTotal.inc({ mode: subscription.mode });
  context.logger.info(
    { alertId, subscriptionId: subscription.subscription_id, contradictions: contradictionIds.length },
    "alert sent",
  );
  return "sent";
}

async function recordFailure(
  context: DeliveryContext,
  db: Kysely<NotifierTables>,
  failure: {
    alertId: string;
    attemptId: string;
    subscriptionId: string;
    contradictionIds: string[];
    attempts: number;
    error: unknown;
  },
): Promise<"retry" | "failed"> {
  const { alertId, attemptId, attempts } = failure;
  const error = describe(failure.error);
  alertAttemptsFailedTotal.inc();
  if (attempts < context.env.PUSHBACK_ALERT_MAX_ATTEMPTS) {
    const delay = retryDelayMs(attempts, context.retryBaseMs);
    await db
      .updateTable("notifier.alerts")
      .set({
        status: "queued",
        attempts,
        last_error: error,
        next_attempt_at: new Date(context.now().getTime() + delay),
      })
      .where("alert_id", "=", alertId)
      .where("attempt_id", "=", attemptId)
      .execute();
    context.logger.warn({ alertId, attempts, retryInMs: delay, error }, "alert not sent; will retry");
    return "retry";
  }
  await recordOutcome(
    context,
    { alertId, attemptId },
    {
      type: "AlertFailed",
      data: {
        alertId,
        subscriptionId: failure.subscriptionId,
        contradictionIds: failure.contradictionIds,
        attempts,
        error,
      },
    },
    { status: "failed", attempts, last_error: error },
  );
  alertsFailedTotal.inc();
  context.logger.error({ alertId, attempts, error }, "alert failed after the last attempt");
  return "failed";
}

type Outcome =
  | { type: "AlertSent"; data: EventData<"AlertSent"> }
  | { type: "AlertFailed"; data: EventData<"AlertFailed"> };

/**
 * Appends the outcome to `alerts-<subscriptionId>` (event id from the alert id: recorded once) and
 * updates the alert row in one transaction, only if this attempt still owns the alert.
 */
async function recordOutcome(
  context: DeliveryContext,
  attempt: { alertId: string; attemptId: string },
  outcome: Outcome,
  update: Updateable<NotifierTables["notifier.alerts"]>,
): Promise<void> {
  await context.store.transaction(async (tx) => {
    await tx.append(alertStream(outcome.data.subscriptionId), [
      { id: eventId(`${outcome.type}:${attempt.alertId}`), ...outcome },
    ]);
    await (tx.db as unknown as Kysely<NotifierTables>)
      .updateTable("notifier.alerts")
      .set(update)
      .where("alert_id", "=", attempt.alertId)
      .where("attempt_id", "=", attempt.attemptId)
      .execute();
  });
}

async function withRetries(work: () => Promise<void>, attempts = 4): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt));
    }
  }
}
