import { type Kysely, sql } from "kysely";
import type { EventStoreDatabase } from "../database.ts";

export interface ProcessorStatus {
  processor: string;
  owner: string | null;
  heartbeatAt: Date | null;
  eventsHandled: number;
  /** Events after the checkpoint (counted up to `countCap`). */
  lagEvents: number;
  /** Age of the oldest event not yet handled, 0 when caught up. */
  lagSeconds: number;
  parked: number;
}

/**
 * Where every processor stands: its lag in events and seconds, and its parked events. Retired
 * projection generations are left out. The count is capped so that a far-behind processor costs
 * a bounded scan.
 */
export async function readProcessorStatus(
  db: Kysely<EventStoreDatabase>,
  countCap = 100_000,
): Promise<ProcessorStatus[]> {
  const result = await sql<{
    processor: string;
    owner: string | null;
    heartbeat_at: Date | null;
    events_handled: number;
    lag_events: number;
    oldest: Date | null;
    parked: number;
  }>`
    select c.processor, c.owner, c.heartbeat_at, c.events_handled,
      (select count(*)::int from (select 1 from events e
         where (e.transaction_id, e.global_position) > (c.transaction_id, c.global_position) limit ${countCap}) pending) as lag_events,
      (select min(e.created_at) from (select created_at from events e
         where (e.transaction_id, e.global_position) > (c.transaction_id, c.global_position)
         order by e.transaction_id, e.global_position limit 1) e) as oldest,
      (select count(*)::int from parked_events p where p.processor = c.processor) as parked
    from processor_checkpoints c
    where not exists (
      select 1 from projections p
      where c.processor like p.name || '@%' and c.processor <> p.name || '@' || p.active_generation
        and c.processor <> p.name || '@' || coalesce(p.building_generation, -1))
    order by c.processor`.execute(db);
  const now = Date.now();
  return result.rows.map((row) => ({
    processor: row.processor,
    owner: row.owner,
    heartbeatAt: row.heartbeat_at,
    eventsHandled: Number(row.events_handled),
    lagEvents: row.lag_events,
    lagSeconds: row.oldest ? Math.max(0, (now - new Date(row.oldest).getTime()) / 1000) : 0,
    parked: row.parked,
  }));
}
