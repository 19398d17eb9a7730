import { type Cursor, encodeCursor } from "./cursor.ts";

/** Rows fetched with `limit + 1`: the extra row only says that there is a next page. */
export function toPage<T>(rows: { item: T; cursor_at: string; cursor_id: string }[], limit: number) {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const next: Cursor | null = rows.length > limit && last ? { at: last.cursor_at, id: last.cursor_id } : null;
  return { items: page.map((row) => row.item), next: next ? encodeCursor(next) : null };
}
