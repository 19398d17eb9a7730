import type { Checkpoint, RecordedEvent } from "@pushback/eventstore";
import type { Logger, PushbackStore } from "@pushback/runtime";

export type LogListener = (event: RecordedEvent) => void;

export interface LogFollower {
  /**
   * Resolves once the follower stands at the log's head: every event after `from` reaches the
   * listener, in log order.
   */
  subscribe(listener: LogListener): Promise<{ unsubscribe: () => void; from: Checkpoint }>;
  stop(): Promise<void>;
}

/**
 * One poller of the global log per API process, shared by every live client, running only while
 * someone listens. It starts at the head: clients get what happens from now on.
 */
export function createLogFollower(store: PushbackStore, logger: Logger, pollMs = 250): LogFollower {
  const listeners = new Set<LogListener>();
  let position: Promise<Checkpoint> | null = null;
  let loop: Promise<void> | null = null;
  let stopped = false;
  /** Where the running loop stands: listeners added now get every event after it. */
  let current: Checkpoint | null = null;

  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  async function run(): Promise<void> {
    let at = await position!;
    current = at;
    while (listeners.size > 0 && !stopped) {
      try {
        const events = await store.readAll(at, 500);
        for (const event of events) for (const listener of listeners) listener(event);
        if (events.length > 0) at = events[events.length - 1]!;
        current = at;
        if (events.length < 500) await sleep(pollMs);
      } catch (error) {
        logger.warn({ err: error }, "log follower read failed");
        await sleep(pollMs * 4);
      }
    }
    position = null;
    current = null;
    loop = null;
  }

  return {
    async subscribe(listener) {
      listeners.add(listener);
      if (!position) {
        position = store.readReadableHead().then((head) => head ?? { transactionId: "0", globalPosition: 0 });
      }
      const head = await position;
      loop ??= run();
      const from = current ?? head;
      return { unsubscribe: () => listeners.delete(listener), from };
    },
    async stop() {
      stopped = true;
      listeners.clear();
      await loop;
    },
  };
}
