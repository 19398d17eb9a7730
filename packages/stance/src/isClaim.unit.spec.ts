import { describe, expect, it } from "vitest";
import { isClaim } from "./isClaim.ts";

describe("isClaim", () => {
  it.each([
    ["We have been granted direct and exclusive access to the content reporting system.", true],
    ["Under the joint statement, the ministry will be able to flag harmful posts directly to the platform.", true],
    ["The government has decided to ban the app until it registers a local office.", true],
    ["We signed a memorandum with Google that allows our team to act within hours.", true],
    ["Meta did not grant the ministry exclusive access.", false],
    ["Has the ministry really been granted exclusive access?", false],
    ["The ministry reportedly may seek access to the reporting system.", false],
    ["Rights groups criticised the ministry on Tuesday.", false],
    ["The claim that the ministry has exclusive access is false.", false],
  ])("%s → %s", (statement, expected) => {
    const result = isClaim(statement);
    expect(result.claim).toBe(expected);
    expect(result.confidence).toBeGreaterThan(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
  });

  it("names the assertion it found", () => {
    expect(isClaim("We have been granted direct and exclusive access").cues).toContain(
      'assertion: "we have been granted"',
    );
  });

  it("is more confident with more evidence", () => {
    const strong = isClaim("We have been granted direct and exclusive access, the minister said.");
    const weak = isClaim("Access will be granted, the ministry said.");
    expect(strong.confidence).toBeGreaterThan(weak.confidence);
  });
});
