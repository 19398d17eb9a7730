import { describe, expect, it } from "vitest";
import type { TextBlock } from "../text/blockTexts.ts";
import { filterParagraphs as filterBlocks } from "./filterParagraphs.ts";

/** Plain prose paragraphs, no links. */
const filterParagraphs = (texts: readonly string[], context: Parameters<typeof filterBlocks>[1]) =>
  filterBlocks(
    texts.map((text) => ({ text, linkShare: 0 })),
    context,
  );

const PROSE = [
  "The ministry said on Thursday that it had been granted access to the platform's content reporting system.",
  "A spokesperson for the company said the process was the same in every country where it operates.",
  "The minister later told reporters that the text had been agreed with the company's regional office.",
  "Rights groups said they would ask the company to publish the number of requests it receives.",
];
const NO_CONTEXT = { title: null, byline: null };

describe("filterParagraphs", () => {
  it.each([
    ["Read more: Regulators weigh new rules for online platforms"],
    ["[Related: Messaging apps face scrutiny after protests]"],
    ["Related coverage:"],
    ["Advertisement"],
    ["Share this article"],
    ["Photo: Worldwire / Staff photographer"],
    ["5 min read"],
  ])("drops the promo line %j", (line) => {
    expect(filterParagraphs([PROSE[0] as string, line, PROSE[1] as string], NO_CONTEXT)).toEqual([PROSE[0], PROSE[1]]);
  });

  it.each([
    ["More than 200 accounts were reported in the first week, the ministry said."],
    ["Also on Friday, the ministry published a list of the posts it had flagged."],
    ["Related questions were raised by two deputies in parliament on Wednesday."],
  ])("keeps the sentence %j", (line) => {
    expect(filterParagraphs([PROSE[0] as string, line], NO_CONTEXT)).toEqual([PROSE[0], line]);
  });

  it("cuts a related-stories tail made of headlines and blurbs", () => {
    const tail = [
      "You may also like",
      "Regulators weigh new rules for online platforms",
      "Officials in three countries are drafting rules for platforms, people familiar with the talks said.",
      "Messaging apps face scrutiny after protests",
    ];
    expect(filterParagraphs([...PROSE, ...tail], NO_CONTEXT)).toEqual(PROSE);
  });

  it("skips only the link run of an inline box when the story continues after it", () => {
    const box = ["Don't miss", "China furious at new rules [INSIGHT]", "Court jails blogger over posts [VIDEO]"];
    const more = [
      "The ministry did not say how many requests it had sent since the announcement on Thursday.",
      "Officials are expected to publish further details of the arrangement next week, the minister said.",
      "The company declined to comment on the minister's remarks when contacted on Friday evening.",
    ];
    expect(filterParagraphs([...PROSE, ...box, ...more], NO_CONTEXT)).toEqual([...PROSE, ...more]);
  });

  it.each([
    ["Nov. 20, 2019, 9:28 AM UTC"],
    ["PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019"],
    ["segunda-feira, 22 de janeiro de 2018 às 0:13"],
    ["Monday, November 18, 2019"],
  ])("drops the timestamp line %j at the top", (line) => {
    expect(filterParagraphs([line, ...PROSE], NO_CONTEXT)).toEqual(PROSE);
  });

  it.each([["Some of 2019's best tech gadgets"], ["In 2019 sales grew."]])("keeps the short line %j", (line) => {
    expect(filterParagraphs([line, ...PROSE], NO_CONTEXT)).toEqual([line, ...PROSE]);
  });

  it("drops link-only headlines and the heading over a list of them", () => {
    const blocks: TextBlock[] = [
      ...PROSE.map((text) => ({ text, linkShare: 0 })),
      { text: "More great stories", linkShare: 0 },
      { text: "Regulators weigh new rules for online platforms", linkShare: 1 },
      { text: "Could an astronaut lost in space use gravity to get around?", linkShare: 1 },
      { text: "Officials said the report, first published by the agency, was accurate.", linkShare: 0.3 },
    ];
    expect(filterBlocks(blocks, NO_CONTEXT)).toEqual([...PROSE, blocks[7]?.text]);
  });

  it.each([
    ["Get the latest updates right in your inbox. Subscribe to our newsletters."],
    ["Follow us on Twitter and Instagram for more coverage."],
    ["reporter@example.com"],
    ["https://twitter.com/example_reporter"],
  ])("drops the closing promo %j at the end", (line) => {
    expect(filterParagraphs([...PROSE, line], NO_CONTEXT)).toEqual(PROSE);
  });

  it.each([
    ["Other countries in the region are expected to follow suit on Monday."],
    ["The ministry's weekly podcast will return in March, officials said."],
  ])("keeps the closing sentence %j", (line) => {
    expect(filterParagraphs([...PROSE, line], NO_CONTEXT)).toEqual([...PROSE, line]);
  });

  it("keeps a newsletter sentence in the middle of the story", () => {
    const line = "The ministry also said it would subscribe to the company's newsletter for governments.";
    const text = [
      ...PROSE.slice(0, 2),
      line,
      ...PROSE.slice(2),
      "The company declined to comment further on the matter.",
    ];
    expect(filterParagraphs(text, NO_CONTEXT)).toEqual(text);
  });

  it.each([
    ["In this Dec. 12, 2006, file photo, officials arrive for a briefing in the capital."],
    ["Image copyright Getty Images"],
  ])("drops the caption %j", (line) => {
    expect(filterParagraphs([line, ...PROSE], NO_CONTEXT)).toEqual(PROSE);
  });

  it.each([["Image 2 of 5"], ["6"], ["1,204"]])("drops the counter %j", (line) => {
    expect(filterParagraphs([...PROSE, line], NO_CONTEXT)).toEqual(PROSE);
  });

  it("drops the headline, the byline and exact repeats", () => {
    const title = "Ministry claims access to reporting system";
    const out = filterParagraphs([title, "By Dana Serikova", PROSE[0] as string, PROSE[0] as string], {
      title,
      byline: "Dana Serikova",
    });
    expect(out).toEqual([PROSE[0]]);
  });
});
