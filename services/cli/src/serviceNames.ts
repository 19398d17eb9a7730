/** The runnable services, by name; services.ts defines them (and is loaded only when one runs). */
export const SERVICE_NAMES = ["projector", "desk", "worker", "api", "notifier"] as const;
