import { Counter, Registry } from "prom-client";

/**
 * The notifier's metrics in their own registry: the API's /metrics merges it
 * (`Registry.merge([apiRegistry, notifierRegistry])`) or reads `notifierRegistry.metrics()`.
 */
export const notifierRegistry = new Registry();

export const alertsSentTotal = new Counter({
  name: "alerts_sent_total",
  help: "Alert emails accepted by the SMTP server and recorded (AlertSent).",
  labelNames: ["mode"] as const,
  registers: [notifierRegistry],
});

export const alertsFailedTotal = new Counter({
  name: "alerts_failed_total",
  help: "Alert emails given up after PUSHBACK_ALERT_MAX_ATTEMPTS failed attempts (AlertFailed).",
  registers: [notifierRegistry],
});

export const alertAttemptsFailedTotal = new Counter({
  name: "alert_attempts_failed_total",
  help: "Failed SMTP attempts, including those retried later.",
  registers: [notifierRegistry],
});
