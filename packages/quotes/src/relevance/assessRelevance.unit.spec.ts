import { describe, expect, it } from "vitest";
import { assessRelevance } from "./assessRelevance.ts";

describe("assessRelevance", () => {
  it.each([
    {
      name: "any state by its demonym and capital, and inflected topic words",
      quote: "Peruvian police in Lima are flagging videos to TikTok for removals.",
      context: {},
      relevant: true,
      actors: { governments: ["Peru"], platforms: ["TikTok"] },
    },
    {
      name: "a first name that is also a country is no state",
      quote: "Michael Jordan asked TikTok to remove 300 videos.",
      context: {},
      relevant: false,
      actors: { governments: [], platforms: ["TikTok"] },
    },
    {
      name: "government and platform named in a quote about removal requests",
      quote: "Vietnam asked TikTok to remove 300 videos.",
      context: {},
      relevant: true,
      actors: { governments: ["Vietnam"], platforms: ["TikTok"] },
    },
    {
      name: "platform speaker, government from the title",
      quote: "We do not grant special access to any government.",
      context: {
        title: "Kazakhstan says it won access to Facebook",
        speaker: { name: "Meta", role: null, organization: null },
      },
      relevant: true,
      actors: { governments: ["Kazakhstan"], platforms: ["Meta"] },
    },
    {
      name: "a product launch with no government",
      quote: "Creators want more room to tell stories.",
      context: { title: "TikTok launches longer videos", speaker: { name: "TikTok", role: null, organization: null } },
      relevant: false,
      actors: { governments: [], platforms: ["TikTok"] },
    },
    {
      name: "a government project with no platform",
      quote: "This road will take trucks out of the city centre.",
      context: {
        title: "Uzbekistan signs road deal",
        speaker: { name: "Ministry of Transport", role: null, organization: null },
      },
      relevant: false,
      actors: { governments: ["Uzbekistan"], platforms: [] },
    },
  ])("$name", ({ quote, context, relevant, actors }) => {
    const r = assessRelevance(quote, context);
    expect(r.relevant).toBe(relevant);
    expect(r.actors).toEqual(actors);
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThanOrEqual(1);
  });
});
