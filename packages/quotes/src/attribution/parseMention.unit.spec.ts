import { describe, expect, it } from "vitest";
import { parseMention } from "./parseMention.ts";

describe("parseMention", () => {
  it.each([
    ["Meta spokesperson Ben McConaghy", "person", "Ben McConaghy", "spokesperson", "Meta"],
    // A person noun with its complement: the names in the complement do not speak.
    ["Norway's ambassador to Brazil", "description", "ambassador", null, "Norway"],
    ["the authors of the study published in the journal Nature", "group", "authors", null, null],
    ["Labour's chancellor of the Exchequer", "description", "chancellor of the Exchequer", null, "Labour"],
    ["Major himself", "person", "Major", null, null],
    ["Information Minister Aida Balaeva", "person", "Aida Balaeva", "Information Minister", null],
    [
      "Kazakhstan's Information and Social Development Minister Aida Balaeva",
      "person",
      "Aida Balaeva",
      "Information and Social Development Minister",
      "Kazakhstan",
    ],
    ["Aida Balaeva, the information minister", "person", "Aida Balaeva", "information minister", null],
    [
      "Daria Ivanova, a researcher at the Digital Rights Centre in Almaty",
      "person",
      "Daria Ivanova",
      "researcher",
      "Digital Rights Centre",
    ],
    ["Chris Sonderby, Meta's deputy general counsel", "person", "Chris Sonderby", "deputy general counsel", "Meta"],
    [
      "Kazakhstan's Ministry of Information and Social Development",
      "organization",
      "Ministry of Information and Social Development",
      null,
      "Kazakhstan",
    ],
    ["Telecommunications regulator Anatel", "organization", "Anatel", null, null],
    ["the joint statement", "document", "joint statement", null, null],
    ["she", "pronoun", null, null, null],
    ["the ministry", "description", "ministry", null, null],
    ["officials", "group", "officials", null, null],
    // A plural group with its place is one speaker.
    ["Students in Tirana", "group", "Students in Tirana", null, null],
    ["content creators in Alexandria", "group", "content creators in Alexandria", null, null],
    ["farmers from Oaxaca", "group", "farmers from Oaxaca", null, null],
    ["islanders on Hoyness", "group", "islanders on Hoyness", null, null],
    // Portfolio words left from an office title cut at its commas belong to the role.
    ["Digital Economy Eliud Owalo", "person", "Eliud Owalo", "Digital Economy", null],
    ["the Media Commission (MC)", "organization", "Media Commission", null, null],
    ["IT", "organization", "IT", null, null],
    // A document from a named author speaks for the author; from a description it stays the document.
    ["a report from Halden Capital Research", "organization", "Halden Capital Research", null, null],
    ["A statement issued by the Interior Ministry", "organization", "Interior Ministry", null, null],
    ["The joint statement published by the ministry", "document", "joint statement", null, null],
    // An indefinite phrase introduces someone unnamed, whatever capitals it holds.
    ["a Colorado Democrat", "description", "Colorado Democrat", null, null],
    ["another Iowa Republican", "description", "Iowa Republican", null, null],
    [
      "an insider in the primary state of New Hampshire",
      "description",
      "insider in the primary state of New Hampshire",
      null,
      null,
    ],
    ["[Bruck]", "person", "Bruck", null, null],
    ["Ask Damon Chase", "person", "Damon Chase", null, null],
    ["(Chase", "person", "Chase", null, null],
    ["the explanatory notes of the bill —", "description", "explanatory notes of the bill", null, null],
  ])("%s", (phrase, kind, name, role, organization) => {
    const m = parseMention(phrase);
    expect(m && [m.kind, m.name, m.role, m.organization]).toEqual([kind, name, role, organization]);
  });

  it("keeps a name that closes a role's complement as the person", () => {
    const m = parseMention("Norway's ambassador to Brazil Eva Lund");
    expect(m && [m.kind, m.name]).toEqual(["person", "Eva Lund"]);
  });
});
