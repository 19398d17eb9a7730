// A speaker described first and named just after (invented articles).
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../extractQuotes.ts";

const speakers = (text: string) => extractQuotes(text).map((q) => [q.text, q.speaker?.name ?? null]);

describe("description named in the next sentence or paragraph", () => {
  it.each([
    [
      "story lead, named in the next paragraph",
      'PRAGUE — The head of the national cyber police unit said the accounts had been removed within a day.\n\n"We asked and they acted," Inspector Milan Horvat told reporters.',
      ["the accounts had been removed within a day", "Milan Horvat"],
    ],
    [
      "lead with a possessive inside the description",
      "WARSAW — The head of Poland's cyber police said on Monday the channels had been removed.\n\nInspector Ewa Nowak told the radio the list was short.",
      ["the channels had been removed", "Ewa Nowak"],
    ],
    [
      "indefinite lead with a possessive, named in the next paragraph",
      "A member of Latvia's parliament said on Tuesday the office had done nothing.\n\nDeputy Ilze Ozola told the chamber she had counted 14 requests.",
      ["the office had done nothing", "Ilze Ozola"],
    ],
    [
      "indefinite lead, named in the next paragraph",
      "A member of the lower house said on Tuesday the office had done nothing.\n\nDeputy Jana Kral of the Green party told the chamber she had counted 14 requests.",
      ["the office had done nothing", "Jana Kral"],
    ],
    [
      "later paragraph, sharing a word with what follows the name",
      "The ban began on Monday.\n\nThe head of the election commission said the posts had broken the law.\n\nRosa Lind, who chairs the election commission, told reporters the fines would follow.",
      ["the posts had broken the law", "Rosa Lind"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(speakers(text)).toContainEqual(expected);
  });

  it.each([
    [
      "later paragraph, unrelated person: stays a description",
      'The ban began on Monday.\n\nA lawyer said the order was vague. "It is new," said Tom Baxter, a farmer near the border.',
      ["the order was vague", "lawyer"],
    ],
    [
      "two paragraphs away: stays a description",
      "PRAGUE — The head of the police unit said the accounts were gone.\n\nThe ban began on Monday.\n\nMilan Horvat said the list was long.",
      ["the accounts were gone", "head of the police unit"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(speakers(text)).toContainEqual(expected);
  });
});
