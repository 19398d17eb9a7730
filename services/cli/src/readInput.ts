import { readFile } from "node:fs/promises";

/** The bytes of FILE, or of stdin for "-" (pages are decoded by their own charset). */
export async function readInputBytes(file: string): Promise<Uint8Array> {
  if (file !== "-") return readFile(file);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The contents of FILE, or of stdin for "-", as UTF-8 text. */
export async function readInput(file: string): Promise<string> {
  return Buffer.from(await readInputBytes(file)).toString("utf8");
}
