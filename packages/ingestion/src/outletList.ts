import { z } from "zod";

/** The shape of infra/outlets.json: outlets with their feeds, some disabled with a note. */
export const outletListSchema = z.object({
  outlets: z.array(
    z.object({
      name: z.string().min(1),
      homepage: z.string().url(),
      feeds: z.array(
        z.object({
          url: z.string().url(),
          title: z.string().nullable().default(null),
          enabled: z.boolean(),
          note: z.string().nullable().default(null),
        }),
      ),
    }),
  ),
});

export type OutletList = z.output<typeof outletListSchema>;

export function parseOutletList(json: unknown): OutletList {
  return outletListSchema.parse(json);
}
