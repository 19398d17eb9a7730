import { describe, expect, it } from "vitest";
import { classifySpan } from "./classifySpan.ts";

describe("classifySpan", () => {
  it.each([
    ["sentence-initial quote", "We are ready,", "", " she said.", "full"],
    ["quote after a colon", "Every word was agreed.", "The minister said: ", "", "full"],
    [
      "fragment after a speech verb",
      "direct and exclusive access",
      "The ministry claimed ",
      " to the system.",
      "partial",
    ],
    ["book title", "Salt and Iron", "the collection ", " won a prize.", "title"],
    ["titled", "Accounts of the Wind,", "The translation, titled ", " is due.", "title"],
    ["nickname between first and last name", "The Magician", "Luis ", " Torres scored.", "nickname"],
    ["so-called term", "national", "requiring so-called ", " apps.", "scare"],
    ["term with no source in the sentence", "digital sovereignty", "the language of ", ".", "scare"],
  ])("%s", (_name, words, before, after, expected) => {
    const sentenceOutsideQuotes = `${before}${" ".repeat(words.length)}${after}`;
    expect(classifySpan({ words, before, after, sentenceOutsideQuotes })).toBe(expected);
  });
});
