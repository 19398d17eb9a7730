import { describe, expect, it } from "vitest";
import { countNegations, negatedClaimPredicates } from "./negation.ts";
import { tokenize } from "./tokenize.ts";

const CLAIM = "Meta granted the ministry exclusive access to its content reporting system.";
const spans = (statement: string, claim = CLAIM) => negatedClaimPredicates(tokenize(claim), tokenize(statement));

describe("negatedClaimPredicates", () => {
  it.each([
    ["Meta did not grant the ministry exclusive access.", ["did not grant the ministry exclusive access"]],
    ["Meta didn't grant anything.", ["did not grant"]],
    ["There is no exclusive access.", ["is no exclusive access"]],
    ["Meta has never offered special treatment to any government.", ["has never offered special"]],
    // Negation stops at the clause boundary: the access itself is not negated here.
    ["Officials did not say when, but the ministry has exclusive access.", []],
    // A negated word that is not one of the claim's predicates is no denial of it.
    ["The ministry did not invent anything.", []],
    // Affirming double negatives open no scope.
    ["Meta did not deny granting exclusive access.", []],
  ])("%s", (statement, expected) => {
    expect(spans(statement)).toEqual(expected);
  });

  it("ignores predicates the claim itself negates", () => {
    const claim = "Meta did not grant the ministry exclusive access.";
    expect(spans("Meta has not granted exclusive access.", claim)).toEqual([]);
  });
});

describe("countNegations", () => {
  it("counts scopes, not refutation words", () => {
    expect(countNegations(tokenize("No, it is not true and never was."))).toBe(3);
    expect(countNegations(tokenize("Meta does not dispute the report."))).toBe(0);
  });
});
