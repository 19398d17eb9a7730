// Reported-speech cues, one row per class (invented sentences): the clause and its speaker.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../extractQuotes.ts";

const indirect = (text: string) =>
  extractQuotes(text)
    .filter((q) => q.kind === "indirect")
    .map((q) => [q.text, q.speaker?.name ?? null]);

describe("indirect speech cues", () => {
  it.each([
    // The attribution after the clause, ending the sentence (wire leads).
    [
      "RIGA, May 3 (Wire) - Baltic Railways will cut two services a day from June, the company said on Friday, citing costs.",
      ["Baltic Railways will cut two services a day from June", "Baltic Railways"],
    ],
    [
      "Meta has no special channel for any government, a spokesperson told Reuters.",
      ["Meta has no special channel for any government", "spokesperson"],
    ],
    [
      "The outage showed how fragile the network is, Jim Cantrell, chief of Vega Rockets, told NBC News.",
      ["The outage showed how fragile the network is", "Jim Cantrell"],
    ],
    [
      "Latvia will require platforms to register from 2026, the communications regulator said.\n\nThe Latvian Communications Commission will publish the rules in March.",
      ["Latvia will require platforms to register from 2026", "Latvian Communications Commission"],
    ],
    // "told" + a hearer (an event, a body, a name), then a bare clause.
    [
      "Minister Petra Novak told a briefing the platform had agreed to open an office.",
      ["the platform had agreed to open an office", "Petra Novak"],
    ],
    [
      "Chairwoman Leila Haddad told a briefing in Rabat the list covered only fraud.",
      ["the list covered only fraud", "Leila Haddad"],
    ],
    ["Deputy Jana Kral told the Sejm the deal was never signed.", ["the deal was never signed", "Jana Kral"]],
    ["Deputy Jana Kral told the chamber she had counted 14 requests.", ["she had counted 14 requests", "Jana Kral"]],
    // "but that", "answered that", "saying only that", "told residents".
    [
      "The company said it had received the letter but that no decision had been made.",
      ["no decision had been made", "company"],
    ],
    [
      "Meta answered that the requests went through its usual process.",
      ["the requests went through its usual process", "Meta"],
    ],
    [
      "Councillor Ewan Reid told residents he would ask the minister to step in.",
      ["he would ask the minister to step in", "Ewan Reid"],
    ],
    [
      "The government said Thursday the platform had agreed to a channel.",
      ["the platform had agreed to a channel", "government"],
    ],
    ["Meta confirmed the office would open this year.", ["the office would open this year", "Meta"]],
    [
      "Ministry spokesman Meas Sophea told Mekong Daily the ministry stood by every word.",
      ["the ministry stood by every word", "Meas Sophea"],
    ],
    [
      "Brandt said birds near bright lamps began singing earliest.",
      ["birds near bright lamps began singing earliest", "Brandt"],
    ],
    [
      "His co-author, Sam Oko, cautioned that the study showed an association, not proof.",
      ["the study showed an association, not proof", "Sam Oko"],
    ],
    [
      "His written order states that the office must hand over every request.",
      ["the office must hand over every request", "written order"],
    ],
    // A noun modified by a participle is no verb.
    ["The agency said in a written reply the request had been lawful.", ["the request had been lawful", "agency"]],
    // A document's "saying" introduces the clause of its author.
    [
      "The ministry published a statement saying the channel would stay open.",
      ["the channel would stay open", "ministry"],
    ],
    ["The regulator issued a notice saying two apps had been fined.", ["two apps had been fined", "regulator"]],
    // A parenthetical attribution before its clause.
    [
      "Ana Silva leads the group. When users cannot appeal, she said, the fault is with the platform.",
      ["the fault is with the platform", "Ana Silva"],
    ],
    [
      "Ana Silva leads the group. In her view, she said, the lists should be published.",
      ["the lists should be published", "Ana Silva"],
    ],
    // A group with its place.
    [
      "Students in Tirana said they had moved their chats to another app.",
      ["they had moved their chats to another app", "Students in Tirana"],
    ],
    // A double apposition.
    [
      "Jonas Berg, a researcher at the Open Net Lab, a Stockholm privacy group, said the data had been shared.",
      ["the data had been shared", "Jonas Berg"],
    ],
    // A relative clause of saying: its antecedent speaks, and the clause ends at the comma.
    ["Officials, who say the deal is off, met the envoy.", ["the deal is off", "Officials"]],
    ["“We asked,” said Hill, who says the ministry would not pay.", ["the ministry would not pay", "Hill"]],
  ])("%s", (text, expected) => {
    expect(indirect(text)).toContainEqual(expected);
  });

  it("reads no clause after a verb inverted after its quote", () => {
    const text = "“On whose authority?” said Hill, who will testify Thursday. “The President.”";
    expect(indirect(text)).toEqual([]);
  });

  it.each([
    // "Such orders, she said, would ...": the clause subject is before the parenthetical: no clause after it.
    "Ana Silva leads the group. Such orders, she said, would be reviewed by a judge.",
    // "told" + an object that is not followed by a clause.
    "Deputy Jana Kral told the chamber about the requests.",
  ])("no bare clause: %s", (text) => {
    expect(indirect(text).filter(([t]) => typeof t === "string" && /^(?:would|about)/.test(t))).toEqual([]);
  });
});
