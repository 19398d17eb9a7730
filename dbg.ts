import { readFileSync } from "node:fs";
import { EntityRegistry } from "./packages/quotes/src/attribution/entityRegistry.ts";
const text = readFileSync(process.argv[2]!, "utf8");
const r = new EntityRegistry();
r.scan(text, []);
for (const e of (r as any).entities) if (e.kind === "person") console.log(e.name, "|", e.role, e.position, e.subject, JSON.stringify(text.slice(e.position - 30, e.position + 30)));
