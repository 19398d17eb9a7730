import { describe, expect, it } from "vitest";
import { isPlausibleSpeakerName } from "./plausibleSpeaker.ts";

describe("isPlausibleSpeakerName", () => {
  it.each([
    ["Aida Balaeva", true],
    ["Ministry of Information and Social Development", true],
    ["VW", true],
    ["X", true],
    ["officials", true],
    ["joint statement", true],
    ["one legal expert", true],
    ["two people familiar with the matter", true],
    ["we", true],
    // Scraps of broken sentences.
    ["s", false],
    ["E", false],
    ["ute", false],
    ["Trump continues to", false],
    ["I asked", false],
    ["New", false],
    ["My business provides a very comfortable living for our family I am", false],
    ["worth noting that it's not uncommon for artists to give up the rights", false],
  ])("%s -> %s", (name, plausible) => {
    expect(isPlausibleSpeakerName(name)).toBe(plausible);
  });
});
