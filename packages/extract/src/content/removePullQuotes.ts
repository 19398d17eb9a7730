import type { Element } from "domhandler";
import { descendants, removeNode } from "../dom/nodes.ts";
import { blockTexts } from "../text/blockTexts.ts";
import { tokenKey } from "../text/wordTokens.ts";

const PULL_HINT = /pull|quote|highlight|callout/;

/** Blockquotes and pull-quote boxes whose words also appear elsewhere in the article. */
export function removePullQuotes(nodes: readonly Element[]): void {
  const quotes = nodes.flatMap((n) =>
    descendants(n).filter((el) => el.name === "blockquote" || PULL_HINT.test(el.attribs.class ?? "")),
  );
  if (quotes.length === 0) return;
  const whole = ` ${nodes
    .flatMap((n) => blockTexts(n))
    .map(tokenKey)
    .join(" ")} `;
  for (const quote of quotes) {
    const key = tokenKey(blockTexts(quote).join(" "));
    if (key.length < 20) continue;
    const first = whole.indexOf(` ${key} `);
    if (first >= 0 && whole.indexOf(` ${key} `, first + 1) >= 0) removeNode(quote);
  }
}
