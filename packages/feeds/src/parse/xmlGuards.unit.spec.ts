import { describe, expect, it } from "vitest";
import { FeedParseError } from "../errors.ts";
import { scanXml } from "./xmlGuards.ts";

describe("scanXml", () => {
  it.each([
    ['<?xml version="1.0"?><rss version="2.0"><channel/></rss>', "rss"],
    ["<!-- <feed> in a comment --><rdf:RDF xmlns:rdf='x'/>", "rdf:RDF"],
    ['<!DOCTYPE rss [<!ENTITY a "<feed>">]><rss/>', "rss"],
    ["<![CDATA[<feed>]]>", null],
    ["no markup", null],
  ])("root of %j", (xml, root) => {
    expect(scanXml(xml, 10).root).toBe(root);
  });

  it("counts depth through self-closing tags, comments and CDATA without being fooled", () => {
    const xml = `<a><b/><!-- <c><c><c> --><![CDATA[<d><d><d>]]><e><f>x</f></e></a>`;
    expect(() => scanXml(xml, 3)).not.toThrow();
    expect(() => scanXml(xml, 2)).toThrow(FeedParseError);
  });

  it("is linear on a long run of '<' with no '>'", () => {
    const started = performance.now();
    scanXml(`<rss>${"<".repeat(2_000_000)}`, 512);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
