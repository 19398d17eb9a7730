import { describe, expect, it } from "vitest";
import { partyOf } from "./partyOf.ts";

const kz = { governments: ["Kazakhstan"], platforms: ["Meta"] };
const india = { governments: ["India"], platforms: ["X"] };
const speaker = (name: string, role: string | null = null, organization: string | null = null) => ({
  name,
  role,
  organization,
});

describe("partyOf", () => {
  it.each([
    ["a platform's spokesperson speaks for the platform", speaker("Ben Carter", "spokesperson", "Meta"), kz, "Meta"],
    ["a Facebook spokesperson speaks for Meta", speaker("Anna Lee", "spokesperson", "Facebook"), kz, "Meta"],
    ["a minister speaks for the government", speaker("Aida Balaeva", "Information Minister"), kz, "Kazakhstan"],
    ["a ministry named by country", speaker("Ministry of Information", null, "Kazakhstan"), kz, "Kazakhstan"],
    [
      "'the company' is the one platform of the story",
      speaker("Global Government Affairs", null, "company"),
      india,
      "X",
    ],
    [
      "a corporate government-affairs team is not a government",
      speaker("Government Affairs team", null, "X Corp"),
      india,
      "X",
    ],
    [
      "anyone else speaks for their organisation",
      speaker("Gulnara Bazhkenova", "director", "Adil Soz"),
      kz,
      "Adil Soz",
    ],
    ["or for themselves", speaker("Observers"), kz, "Observers"],
  ])("%s", (_, who, actors, party) => {
    expect(partyOf(who, actors)).toBe(party);
  });

  it("calls a statement without a speaker unattributed", () => {
    expect(partyOf(null, kz)).toBe("unattributed");
  });
});
