import type { PushbackStore } from "@pushback/runtime";
import { foldStory } from "./foldStory.ts";
import type { StoryDetail } from "./storyTypes.ts";

const MAX_HOPS = 16;

/**
 * The story as it stood at `asOf`, replayed from its stream. A story merged into another by then
 * answers as the survivor did (the merge, like the projection's merged_into, is read from the log).
 */
export async function storyAsOf(store: PushbackStore, requestedId: string, asOf: Date): Promise<StoryDetail | null> {
  let storyId = requestedId;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const survivor = await mergedInto(store, storyId, asOf);
    if (!survivor) break;
    storyId = survivor;
  }
  return foldStory(await store.readStream(`story-${storyId}`), storyId, asOf);
}

async function mergedInto(store: PushbackStore, storyId: string, asOf: Date): Promise<string | null> {
  const rows = await store.sql<{ survivor: string }[]>`
    select data->>'storyId' as survivor from events
    where type = 'StoriesMerged' and data->>'mergedStoryId' = ${storyId} and created_at <= ${asOf}
    order by transaction_id, global_position limit 1`;
  return rows[0]?.survivor ?? null;
}
