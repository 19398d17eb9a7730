import { describe, expect, it } from "vitest";
import { paragraphRanges } from "../text/paragraphs.ts";
import { findQuotedSpans } from "./findQuotedSpans.ts";

const inner = (text: string) =>
  findQuotedSpans(text, paragraphRanges(text)).map((s) => ({
    words: text.slice(s.start, s.end),
    continues: s.continues,
  }));

describe("findQuotedSpans", () => {
  it.each([
    [
      "apostrophes inside single quotes",
      "‘The ministry's plan isn't new,’ she said.",
      ["The ministry's plan isn't new,"],
    ],
    [
      "a quote inside a quote stays in the outer one",
      '‘A "false statement" is anything,’ she said.',
      ['A "false statement" is anything,'],
    ],
    ["German marks", "„Das gilt auch für Telegram“, sagte er.", ["Das gilt auch für Telegram"]],
    ["reversed guillemets are not needed to close", "«Paris will follow.» he said.", ["Paris will follow."]],
    ["plural possessive is not a closing mark outside a quote", "The companies' lawyers met.", []],
    ["an unclosed mark with no continuation is dropped", '"This never closes.\n\nNext paragraph.', []],
    [
      "a right double mark used as an opener",
      "Another user said: ”Bird flu in the year of the rooster.” Then more.",
      ["Bird flu in the year of the rooster."],
    ],
    [
      "an opening single mark between spaces closes an open one",
      "The installation, entitled ‘Jewels after Jewels ‘ and new ‘ Arrangements’, opened.",
      ["Jewels after Jewels", "Arrangements"],
    ],
    [
      "a stray space after a straight opening mark",
      '"I run it on my phone," he told Cook. " You have done a good job."',
      ["I run it on my phone,", "You have done a good job."],
    ],
  ])("%s", (_name, text, expected) => {
    expect(inner(text).map((s) => s.words)).toEqual(expected);
  });

  it("splits a multi-paragraph quote by paragraph and flags the open pieces", () => {
    const text = "“First part.\n\n“Second part.\n\n“Last part,” he said.";
    expect(inner(text)).toEqual([
      { words: "First part.", continues: true },
      { words: "Second part.", continues: true },
      { words: "Last part,", continues: false },
    ]);
  });
});
