import { describe, expect, it } from "vitest";
import { subjectBefore } from "./subject.ts";

// The text before a speech verb -> the speaker phrase (invented sentences).
describe("subjectBefore", () => {
  it.each([
    // Subordinate clause before the verb's own subject.
    ["The regulator fined the app on Monday after officials", "officials"],
    ["The platform restored the page, because critics", "critics"],
    ["The ban was lifted on Friday when the ministry", "the ministry"],
    ["Traffic recovered within hours, although several lawmakers", "several lawmakers"],
    ["The channel was blocked before Meta", "Meta"],
    // Fronted prepositional phrases before the subject.
    ["In a statement after the hearing, TikTok", "TikTok"],
    ["Speaking after the vote on Tuesday, the minister", "the minister"],
    ["After the vote, the minister", "the minister"],
    ["In a letter to the committee before the deadline, Google", "Google"],
    ["Asked about the fine, a company spokesperson", "a company spokesperson"],
    // A description apposed to a name is kept.
    ["The minister, Aida Balaeva,", "The minister, Aida Balaeva"],
    ["The regulator, Ofcom,", "The regulator, Ofcom"],
  ])("%s", (segment, mention) => {
    expect(subjectBefore(segment, 0)?.mention).toBe(mention);
  });
});
