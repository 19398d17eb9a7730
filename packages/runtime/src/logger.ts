import { type Logger, pino } from "pino";

export type { Logger };

/** JSON logs on stdout (pino), one child logger per service. */
export function createLogger(level: string, service: string): Logger {
  return pino({ level, base: { service } });
}
