import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokenize.ts";
import { type Cues, detectCues } from "./detectCues.ts";

const CLAIM = "The ministry has direct and exclusive access to Facebook's content reporting system.";
const cuesOf = (statement: string, claim = CLAIM): Cues =>
  detectCues(claim, tokenize(claim), statement, tokenize(statement));

describe("detectCues", () => {
  it.each<[string, keyof Cues, string[]]>([
    [
      "The process is the same in Kazakhstan as it is for other countries.",
      "universality",
      ["the same in", "other countries"],
    ],
    ["The tool is available to all governments.", "universality", ["available to all"]],
    ["That is not true.", "refutations", ["not true"]],
    ["Meta denies the report and calls it misleading.", "refutations", ["denies", "misleading"]],
    ["The ministry spread fake accounts and false information.", "refutations", []],
    ["Meta does not deny the report.", "refutations", []],
    ["Meta does not deny the report.", "doubleNegatives", ["not deny"]],
    ["To be clear, what we agreed was a reporting form.", "clarifications", ["to be clear", "what we agreed was"]],
    ["We stand by the statement, the minister insisted.", "reaffirmations", ["we stand by", "insisted"]],
    ["Meta did not respond to a request for comment.", "noComment", ["did not respond"]],
    ["Meta said it was not aware of any such deal.", "hedgedDenials", ["not aware of"]],
    ["Ministry reportedly gets Facebook access", "hedges", ["reportedly"]],
  ])("%s → %s", (statement, group, expected) => {
    expect(cuesOf(statement)[group]).toEqual(expected);
  });

  it("needs an exclusivity claim before universality counts", () => {
    expect(
      cuesOf("The tool is available to all governments.", "The ministry uses a reporting tool.").universality,
    ).toEqual([]);
  });

  it("does not read 'other governments … do not have' as universality", () => {
    expect(cuesOf("It has access that other governments do not have.").universality).toEqual([]);
  });

  it("tells quotes from headlines", () => {
    expect(cuesOf("the ministry would be able to report violations directly").quoteLike).toBe(true);
    expect(cuesOf("We have access.").quoteLike).toBe(true);
    expect(cuesOf("Kazakhstan Gets Exclusive Facebook Access").quoteLike).toBe(false);
  });
});
