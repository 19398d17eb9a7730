import type { AlertItem, QuoteSnapshot } from "@pushback/alerts";
import type { ColumnType, Generated } from "kysely";

/** The notifier's tables (migration 0002_notifier_outbox in @pushback/runtime), for Kysely. */
export interface NotifierTables {
  "notifier.subscriptions": {
    subscription_id: string;
    email: string;
    government: string | null;
    platform: string | null;
    story_id: string | null;
    mode: "immediate" | "daily" | "weekly";
    timezone: string;
    active: boolean;
  };
  "notifier.stories": {
    story_id: string;
    title: string;
    governments: string[];
    platforms: string[];
    aliases: Generated<string[]>;
    merged_into: string | null;
  };
  "notifier.claim_quotes": { claim_id: string; quote: ColumnType<QuoteSnapshot, QuoteSnapshot, QuoteSnapshot> };
  "notifier.alerts": {
    alert_id: string;
    subscription_id: string;
    status: AlertStatus;
    attempt_id: string | null;
    attempts: Generated<number>;
    next_attempt_at: Date;
    last_error: string | null;
    message_id: string;
    created_at: Generated<Date>;
    sent_at: Date | null;
  };
  "notifier.outbox": {
    subscription_id: string;
    contradiction_id: string;
    story_id: string;
    item: ColumnType<AlertItem, AlertItem, AlertItem>;
    queued_at: Date;
    status: Generated<"pending" | "assigned" | "cancelled">;
    alert_id: string | null;
  };
}

/** queued → sending → sent, or back to queued after a failure, or failed after the last attempt. */
export type AlertStatus = "queued" | "sending" | "sent" | "failed" | "cancelled";
