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
    ["a script called ...", "Wild Rose,", "He loved a script called ", " a story about a singer.", "title"],
    ["a show after on", "DWTS.", "the actor previously said on ", "", "title"],
    ["a name in a list of names", "Star Wars,", "movies from Pixar Animation, ", " Marvel Studios and more", "title"],
    ["a nickname of", "bird fancier's lung.", "which has earned it the nickname of ", "", "title"],
    [
      "a lowercase fragment between a name and its speaker is speech",
      "is our dream,",
      "Hosting Cook at Dreamforce ",
      " Benioff said.",
      "partial",
    ],
    ["after a dash", "Don't jerk and drive,", "Consider this entry — ", " meant to warn drivers.", "full"],
    [
      "a noun of saying makes a fragment a partial quote",
      "not close",
      "his claim in the interview that the pair were ",
      ".",
      "partial",
    ],
    ["a title after including", "Listen To The Music,", "expect the band's hits, including ", " and more.", "title"],
    ["what's called", "farmer's lung,", "mold from hay can lead to what's called ", " not a tan.", "title"],
    [
      "an evaluative verb makes a fragment a partial quote",
      "morally wrong.",
      "an investor blasted the payout as ",
      "",
      "partial",
    ],
    [
      "a participle followed by that",
      "don't want to be defined by it",
      "they sent a letter this month stating that they ",
      ".",
      "partial",
    ],
    [
      "a one-word modifier after an article is the reporter's distance",
      "skinny",
      "concessions for a ",
      " trade deal",
      "scare",
    ],
    [
      "... unless a cue verb is close before it",
      "hotline",
      "the ministry says it has established a ",
      " with the platform",
      "partial",
    ],
    ["the word in marks", "We", "sold the company the right to use the word ", " for $5.9 million", "title"],
    ["called on is no speech", "interim", "the office called on the ", " government to withdraw", "scare"],
    [
      "one lowercase word with no cue close before it",
      "space",
      "the deal meant Putin would in return give ",
      " to Obama before the vote",
      "scare",
    ],
    [
      "one word inside a reported clause is the speaker's",
      "unacceptable",
      "the office said in a letter to the carriers that their response was ",
      " during the fires",
      "partial",
    ],
    [
      "a modifier inside a reported clause too",
      "short-term",
      "the agency said in a statement that it skipped vaccines because of the ",
      " stays",
      "partial",
    ],
    [
      "a name before the kind of work it names",
      "Night Shift",
      "the studio unveiled its new ",
      " collection of lamps",
      "title",
    ],
    ["a possessive in marks", "whistleblower's", "Would he have kept the ", " identity secret?", "scare"],
    ["a show after its channel", "Trading Nation", "Maley said on CNBC's ", " on Monday.", "title"],
    ["a handle in camel case", "factcheckUK", "changing the name of its account to ", " during the debate", "title"],
    [
      "a blame verb takes a partial quote",
      "disrespect",
      "he said speeds would fall, blaming the platform for ",
      " toward the law.",
      "partial",
    ],
  ])("%s", (_name, words, before, after, expected) => {
    const sentenceOutsideQuotes = `${before}${" ".repeat(words.length)}${after}`;
    expect(classifySpan({ words, before, after, sentenceOutsideQuotes })).toBe(expected);
  });
});
