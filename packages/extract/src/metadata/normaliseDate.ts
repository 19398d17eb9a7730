const DATE_ONLY = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?Z?$/;
/** ISO date-time without an offset: read as UTC so the result never depends on the machine. */
const NO_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/** Reads the date formats news pages use and returns an ISO 8601 string, or null. */
export function normaliseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim();
  if (!text || text.length > 64) return null;
  let time: number;
  const dateOnly = DATE_ONLY.exec(text);
  const compact = COMPACT.exec(text);
  if (dateOnly) {
    time = Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3]));
  } else if (compact) {
    const [, y, mo, d, h, mi, s] = compact;
    time = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0));
  } else if (NO_ZONE.test(text)) {
    time = Date.parse(`${text.replace(" ", "T")}Z`);
  } else {
    time = Date.parse(text);
  }
  if (!Number.isFinite(time)) return null;
  const year = new Date(time).getUTCFullYear();
  if (year < 1990 || year > 2100) return null;
  return new Date(time).toISOString();
}
