import { z } from "zod";

export const alertMode = z.enum(["immediate", "daily", "weekly"]);

/** Subscriptions and the alerts sent for them (stream `subscription-<id>` and `alerts-<subscriptionId>`). */
export const alertEvents = {
  SubscriptionCreated: {
    schema: z.object({
      subscriptionId: z.string(),
      email: z.string().email(),
      filters: z.object({
        government: z.string().nullable(),
        platform: z.string().nullable(),
        storyId: z.string().nullable(),
      }),
      mode: alertMode,
      timezone: z.string(),
    }),
  },
  SubscriptionRemoved: {
    schema: z.object({ subscriptionId: z.string(), reason: z.enum(["user", "unsubscribe-link", "bounced"]) }),
  },
  AlertSent: {
    schema: z.object({
      alertId: z.string(),
      subscriptionId: z.string(),
      contradictionIds: z.array(z.string()),
      messageId: z.string(),
      subject: z.string(),
      mode: alertMode,
    }),
  },
  AlertFailed: {
    schema: z.object({
      alertId: z.string(),
      subscriptionId: z.string(),
      contradictionIds: z.array(z.string()),
      attempts: z.number().int(),
      error: z.string(),
    }),
  },
};
