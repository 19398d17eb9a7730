import { describe, expect, it } from "vitest";
import { normalise, tokenize } from "./tokenize.ts";

describe("tokenize", () => {
  it("expands contractions so negation is one token", () => {
    expect(tokenize("Meta didn't, won't and can't").map((t) => t.word)).toEqual([
      "meta",
      "did",
      "not",
      ",",
      "will",
      "not",
      "and",
      "can",
      "not",
    ]);
  });

  it("normalises typographic quotes and stems words", () => {
    expect(normalise("Meta\u2019s \u201Cjoint statement\u201D")).toBe('meta\'s "joint statement"');
    const [token] = tokenize("Granted");
    expect(token).toEqual({ word: "granted", stem: "grant" });
  });

  it("drops the possessive", () => {
    expect(tokenize("Kazakhstan's ministry")[0]!.word).toBe("kazakhstan");
  });
});
