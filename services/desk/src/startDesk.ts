import { type ProcessorHandle, runProcessor } from "@pushback/eventstore";
import type { Logger, PushbackStore } from "@pushback/runtime";
import { statementExtractor } from "./statementExtractor.ts";
import { storyDesk } from "./storyDesk.ts";

export interface RunningDesk {
  handles: ProcessorHandle[];
  whenCaughtUp(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** Runs the statement extractor and the story desk; each is active in one process at a time. */
export function startDesk(store: PushbackStore, logger: Logger): RunningDesk {
  const handles = [statementExtractor(store), storyDesk(store)].map((reactor) =>
    runProcessor(store, reactor, {
      onError: (error) => logger.error({ err: error, reactor: reactor.name }, "desk batch failed"),
      onParked: (event, error) =>
        logger.error({ err: error, reactor: reactor.name, eventId: event.id }, "event parked"),
    }),
  );
  return {
    handles,
    async whenCaughtUp(timeoutMs) {
      for (const handle of handles) await handle.whenCaughtUp(timeoutMs);
    },
    async stop() {
      await Promise.all(handles.map((handle) => handle.stop()));
    },
  };
}
