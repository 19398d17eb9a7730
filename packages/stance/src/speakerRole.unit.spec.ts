import { describe, expect, it } from "vitest";
import { speakerRole } from "./speakerRole.ts";

describe("speakerRole", () => {
  it.each([
    ["Aida Balaeva, information minister, Ministry of Information and Social Development", "claimant"],
    ["Roskomnadzor, Russia", "claimant"],
    ["Ben McConaghy, spokesperson, Meta", "target"],
    ["Global Government Affairs, X", "target"],
    ["X", "target"],
    ["Daria Ivanova, researcher, Digital Rights Centre", "third-party"],
    ["Xavier Dupont, lawyer", "third-party"],
  ])("%s → %s", (speaker, role) => {
    expect(speakerRole(speaker)).toBe(role);
  });
});
