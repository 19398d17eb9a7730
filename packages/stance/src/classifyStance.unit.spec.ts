import { describe, expect, it } from "vitest";
import { classifyStance } from "./classifyStance.ts";
import cases from "./fixtures/hardCases.json" with { type: "json" };
import { STANCES } from "./labels.ts";

// Short keys keep the fixture readable; every case is judged against one of these claims.
const CLAIMS: Record<string, string> = {
  KZ: "Kazakhstan's information ministry has direct and exclusive access to Facebook's content reporting system.",
  TT: "TikTok agreed to give Vietnam's government a special channel to take down content within 24 hours.",
};

describe("classifyStance on hard cases", () => {
  it.each(cases)("$group: $text → $stance", ({ claim, text, stance, cue }) => {
    const result = classifyStance(CLAIMS[claim]!, text);
    expect(result.stance).toBe(stance);
    if (cue) expect(result.cues.some((c) => c.startsWith(cue))).toBe(true);
  });
});

describe("classifyStance contract", () => {
  it("returns a known stance, a confidence in 0..1 and string cues", () => {
    for (const { claim, text } of cases) {
      const result = classifyStance(CLAIMS[claim]!, text);
      expect(STANCES).toContain(result.stance);
      expect(result.confidence).toBeGreaterThanOrEqual(0);
      expect(result.confidence).toBeLessThanOrEqual(1);
      for (const cue of result.cues) expect(typeof cue).toBe("string");
    }
  });

  it("scopes negation to its clause: a negated side remark does not deny the claim", () => {
    const result = classifyStance(
      CLAIMS["KZ"]!,
      "Documents confirm the ministry has direct access to the reporting system, though officials did not say when it began.",
    );
    expect(result.cues.some((c) => c.startsWith("negated predicate"))).toBe(false);
    expect(result.stance).not.toBe("denial");
  });

  it("handles empty statements without throwing", () => {
    expect(classifyStance(CLAIMS["KZ"]!, "").stance).toBe("neutral");
    expect(STANCES).toContain(classifyStance("", "Meta denies it").stance);
  });

  it("takes well under a millisecond per pair", () => {
    const started = performance.now();
    const rounds = 50;
    for (let i = 0; i < rounds; i++) for (const { claim, text } of cases) classifyStance(CLAIMS[claim]!, text);
    expect((performance.now() - started) / (rounds * cases.length)).toBeLessThan(1);
  });

  it("uses the speaker: the claimant restating is a claim, a third party saying the same supports it", () => {
    const text = "The ministry can now send reports straight to Facebook's moderators.";
    expect(classifyStance(CLAIMS["KZ"]!, text, { speaker: "Aida Balaeva, information minister" }).stance).toBe("claim");
    expect(
      classifyStance(CLAIMS["KZ"]!, "We stand by the joint statement.", { speaker: "Daria Ivanova, researcher" })
        .stance,
    ).toBe("support");
    // A denial stays a denial whoever speaks.
    expect(
      classifyStance(CLAIMS["KZ"]!, "The process is the same in Kazakhstan as it is for other countries.", {
        speaker: "Ben McConaghy, spokesperson, Meta",
      }).stance,
    ).toBe("denial");
  });
});
