import type { PushbackEvent } from "@pushback/events";
import { compareCheckpoints, type RecordedEvent } from "@pushback/eventstore";
import type { PushbackStore } from "@pushback/runtime";
import { foldStory } from "./foldStory.ts";
import type { StoryDetail } from "./storyTypes.ts";

const MAX_HOPS = 16;

/**
 * The story as it stood at `asOf`, replayed from the log: a story merged into another by then
 * answers as the survivor, and the survivor's replay takes in the streams of every story merged
 * into it by then (the projection moves their rows to the survivor).
 */
export async function storyAsOf(store: PushbackStore, requestedId: string, asOf: Date): Promise<StoryDetail | null> {
  const rows = await store.sql<
    { id: string; stream_id: string; transaction_id: string; global_position: number; created_at: Date; data: any }[]
  >`
    select event_id::text as id, stream_id, transaction_id::text, global_position, created_at, data from events
    where type = 'StoriesMerged' and created_at <= ${asOf}
    order by transaction_id, global_position`;
  const merges = rows.map((row) => ({ survivor: String(row.data.storyId), merged: String(row.data.mergedStoryId) }));
  const into = new Map(merges.map((m) => [m.merged, m.survivor]));
  let storyId = requestedId;
  for (let hop = 0; hop < MAX_HOPS && into.has(storyId); hop++) storyId = into.get(storyId)!;
  const members = new Set([storyId]);
  for (let grew = true, hop = 0; grew && hop < MAX_HOPS; hop++) {
    grew = false;
    for (const { survivor, merged } of merges) {
      if (members.has(survivor) && !members.has(merged)) {
        members.add(merged);
        grew = true;
      }
    }
  }
  const streams = await Promise.all([...members].map((id) => store.readStream(`story-${id}`)));
  // The merges themselves, wherever they were appended.
  const mergeEvents = rows.map(
    (row) =>
      ({
        id: row.id,
        type: "StoriesMerged",
        data: row.data,
        streamId: row.stream_id,
        streamPosition: 0,
        globalPosition: Number(row.global_position),
        transactionId: row.transaction_id,
        metadata: { schemaVersion: 1 },
        createdAt: row.created_at,
      }) as RecordedEvent<PushbackEvent>,
  );
  const seen = new Set<string>();
  const events: RecordedEvent<PushbackEvent>[] = [];
  for (const event of [...streams.flat(), ...mergeEvents]) {
    if (seen.has(event.id)) continue;
    seen.add(event.id);
    events.push(event);
  }
  events.sort(compareCheckpoints);
  return foldStory(events, storyId, asOf);
}
