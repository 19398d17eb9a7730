import { type ProcessorHandle, type Projector, runProcessor } from "@pushback/eventstore";
import { allProjectors } from "@pushback/projections";
import type { Logger, PushbackStore } from "@pushback/runtime";

export interface RunningProjectors {
  handles: ProcessorHandle[];
  whenCaughtUp(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Runs every projector. Each holds its own lock, so running this service on several machines
 * gives one active instance per projector and hot standbys for the rest.
 */
export function startProjectors(
  store: PushbackStore,
  logger: Logger,
  projectors: Projector<any, any>[] = allProjectors,
): RunningProjectors {
  const handles = projectors.map((projector) =>
    runProcessor(store, projector, {
      onError: (error) => logger.error({ err: error, projector: projector.name }, "projector batch failed"),
      onParked: (event, error) =>
        logger.error({ err: error, projector: projector.name, eventId: event.id, type: event.type }, "event parked"),
    }),
  );
  logger.info({ projectors: projectors.map((p) => p.name) }, "projectors started");
  return {
    handles,
    async whenCaughtUp(timeoutMs) {
      await Promise.all(handles.map((handle) => handle.whenCaughtUp(timeoutMs)));
    },
    async stop() {
      await Promise.all(handles.map((handle) => handle.stop()));
    },
  };
}
