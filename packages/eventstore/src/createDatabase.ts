import postgres from "postgres";

/**
 * Creates the database named in `url` when it does not exist, by connecting to the server's
 * `postgres` database. Returns true when it was created.
 */
export async function createDatabaseIfMissing(url: string): Promise<boolean> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ""));
  if (!name) throw new Error(`DATABASE_URL ${redact(url)} names no database`);
  const adminUrl = new URL(url);
  adminUrl.pathname = "/postgres";
  const admin = postgres(adminUrl.toString(), { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    const [row] = await admin<{ exists: boolean }[]>`select exists (select 1 from pg_database where datname = ${name})`;
    if (row?.exists) return false;
    try {
      await admin.unsafe(`create database "${name.replace(/"/g, '""')}"`);
    } catch (error) {
      // Another service created it between our check and our create.
      if ((error as { code?: string }).code === "42P04") return false;
      throw error;
    }
    return true;
  } finally {
    await admin.end({ timeout: 1 });
  }
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable URL)";
  }
}
