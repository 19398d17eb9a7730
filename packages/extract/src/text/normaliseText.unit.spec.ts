import { describe, expect, it } from "vitest";
import { normaliseText } from "./normaliseText.ts";

describe("normaliseText", () => {
  it.each([
    ["  several\n\t spaces\u00a0and no-break spaces  ", "several spaces and no-break spaces"],
    ["\ufeffbyte-order mark", "byte-order mark"],
    ["Not\u00adfall\u00addaten\u00adsatz", "Not\u00adfall\u00addaten\u00adsatz"],
    ["", ""],
  ])("%j", (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });
});
