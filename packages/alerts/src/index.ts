// Public surface of @pushback/alerts: pure functions, no I/O. The notifier service does the I/O.
export { alertIdFor, messageIdFor } from "./alertIds.ts";
export type { AlertItem, AlertMode, ContradictionType, QuoteSnapshot, SubscriptionFilters } from "./alertTypes.ts";
export { alertSubject } from "./email/alertSubject.ts";
export { escapeHtml, safeHttpUrl } from "./email/escapeHtml.ts";
export { headerSafe } from "./email/headerSafe.ts";
export { type AlertEmail, type AlertEmailInput, renderAlertEmail, storyUrl } from "./email/renderAlertEmail.ts";
export { type AlertTarget, matchesSubscription } from "./subscriptions/matchSubscription.ts";
export { normalizeEmail, normalizeFilter, subscriptionIdFor } from "./subscriptions/subscriptionId.ts";
export { alertDueAt, type PendingAlerts, retryDelayMs } from "./timing/alertDueAt.ts";
export { DIGEST_HOUR, isValidTimeZone, nextDigestAt } from "./timing/nextDigestAt.ts";
export { signUnsubscribeToken, verifyUnsubscribeToken } from "./tokens/unsubscribeToken.ts";
