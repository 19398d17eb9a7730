import { describe, expect, it } from "vitest";
import { cueVerbs, subjectBefore } from "./subject.ts";

// The text before a speech verb -> the speaker phrase (invented sentences).
describe("subjectBefore", () => {
  it.each([
    // Subordinate clause before the verb's own subject.
    ["The regulator fined the app on Monday after officials", "officials"],
    ["The platform restored the page, because critics", "critics"],
    ["The ban was lifted on Friday when the ministry", "the ministry"],
    ["Traffic recovered within hours, although several lawmakers", "several lawmakers"],
    ["The channel was blocked before Meta", "Meta"],
    ["Access returned on Sunday, as regulators", "regulators"],
    ["Platforms such as Telegram", "Platforms such as Telegram"],
    ["The Media Council, known as the MC", "The Media Council, known as the MC"],
    // A person noun with its complement opens the subject; "the former" is no fronted phrase.
    [
      "The authors of the study published in the journal Urban Ecology",
      "The authors of the study published in the journal Urban Ecology",
    ],
    ["“We are ready,” the former Rovers manager", "the former Rovers manager"],
    ["Mark Jones, who", "Mark Jones"],
    // Fronted prepositional phrases before the subject.
    ["In a statement after the hearing, TikTok", "TikTok"],
    ["Speaking after the vote on Tuesday, the minister", "the minister"],
    ["After the vote, the minister", "the minister"],
    // A name with its article after a fronted phrase, and its apposition ("On Monday" is no name).
    ["On Monday, the Evening Courier", "the Evening Courier"],
    [
      "On Monday, the Evening Courier, the voice of the ruling party,",
      "the Evening Courier, the voice of the ruling party",
    ],
    ["In a letter to the committee before the deadline, Google", "Google"],
    ["Asked about the fine, a company spokesperson", "a company spokesperson"],
    // Fronted phrases without a comma.
    ["After the hearing the minister", "the minister"],
    ["During the debate in the capital he", "he"],
    ["In a statement after the hearing TikTok", "TikTok"],
    ["Following the ruling a ministry spokesperson", "a ministry spokesperson"],
    ["At the briefing Deputy Minister Arman Bekov", "Deputy Minister Arman Bekov"],
    // ... but a describing noun stays with its name, and a lone subject is untouched.
    ["The rights group Access Now", "The rights group Access Now"],
    ["The head of the agency", "The head of the agency"],
    ["The former president Ana Reyes", "The former president Ana Reyes"],
    ["Tomas Lind, a lawyer representing TikTok", "Tomas Lind, a lawyer representing TikTok"],
    // A description apposed to a name is kept.
    ["The minister, Aida Balaeva,", "The minister, Aida Balaeva"],
    ["The regulator, Ofcom,", "The regulator, Ofcom"],
    // Asides between subject and verb: an adjunct, a relative clause (not one holding the subject).
    ["Meta, in a statement sent after the interview,", "Meta"],
    ["A former official, who spoke on condition of anonymity because he feared reprisals,", "A former official"],
    ["Restrictions fell sharply, which Meta", "Meta"],
    ["Morrison recalled his testimony, in which he", "he"],
    ["Islanders on Hoyness", "Islanders on Hoyness"],
    ["Officials on Monday", "Officials"],
    ["IT Minister Ashwini Vaishnaw", "IT Minister Ashwini Vaishnaw"],
    // A speech participle opens a clause with its own subject.
    ["Last week the envoy Rui Costa described one of those calls to the panel, saying he", "he"],
    ["The agency closed the camp, adding that officials", "officials"],
    ["Read more in our review of the heater, where we", "we"],
    ["Ola Berg, one of the leading voices on the region,", "Ola Berg, one of the leading voices on the region"],
  ])("%s", (segment, mention) => {
    expect(subjectBefore(segment, 0)?.mention).toBe(mention);
  });
});

describe("cueVerbs", () => {
  it.each([
    ["a career officer who described Trump’s call with the premier as", ["described"]],
    ["the ministry's report says", ["says"]],
    ["He said the call", ["said"]],
    ["the roads are tough to maintain, and the salt", []],
    ["the firm maintained that", ["maintained"]],
    ["At the seafood counter a sign", []],
    ["The group, called Harbour Aid, which runs", []],
    ["a flicker across his face as if to say", []],
    ["the scientists asked five people to perform a", []],
    ["as the committee has pointed out, it would be used", ["pointed"]],
    ["She pointed to the map and", []],
    ["Chairman Jon Petty did not respond to a request for", []],
    ["The firm declined to comment on the", []],
  ])("%s", (segment, verbs) => {
    expect(cueVerbs(segment).map((c) => c.verb)).toEqual(verbs);
  });
});
