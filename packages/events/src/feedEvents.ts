import { z } from "zod";

/** The feed registry is itself a log: feeds are added and removed by events on `feed-<id>` streams. */
export const feedEvents = {
  FeedAdded: {
    schema: z.object({
      feedId: z.string(),
      url: z.string().url(),
      outlet: z.string().min(1),
      title: z.string().nullable(),
      enabled: z.boolean(),
      note: z.string().nullable(),
    }),
  },
  FeedRemoved: {
    schema: z.object({ feedId: z.string(), reason: z.string().nullable() }),
  },
};
