import { describe, expect, it } from "vitest";
import { fixC1Controls, htmlToText, textOf, toIsoDate } from "./text.ts";

describe("htmlToText", () => {
  it.each([
    ["<p>One</p><p>Two &amp; three</p>", "One\nTwo & three"],
    ["Officials want <em>faster</em> removals.", "Officials want faster removals."],
    ["a &lt; b and c > d", "a < b and c > d"],
    ["unclosed <b tag", "unclosed <b tag"],
    ["line<br/>break", "line\nbreak"],
    ["  spaced \t out\u00a0text  ", "spaced out text"],
    ["&#8220;quoted&#8221; &hellip;", "\u201cquoted\u201d \u2026"],
  ])("%j", (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});

describe("fixC1Controls", () => {
  it("maps C1 controls to the windows-1252 characters they stand for", () => {
    expect(fixC1Controls("don\u0092t \u0093quoted\u0094 \u0097 \u0080")).toBe(
      "don\u2019t \u201cquoted\u201d \u2014 \u20ac",
    );
  });
  it("leaves the five undefined windows-1252 bytes alone", () => {
    expect(fixC1Controls("\u0081\u008d")).toBe("\u0081\u008d");
  });
});

describe("textOf", () => {
  it.each([
    ["  text  ", "text"],
    ["   ", null],
    [{ _: "with attributes", $: { type: "text" } }, "with attributes"],
    [undefined, null],
    [42, "42"],
  ])("%j", (value, text) => {
    expect(textOf(value)).toBe(text);
  });
});

describe("toIsoDate", () => {
  it.each([
    ["Wed, 24 Nov 2021 09:15:00 +0600", "2021-11-24T03:15:00.000Z"],
    ["Wed, 24 Nov 2021 09:15:00 EST", "2021-11-24T14:15:00.000Z"],
    ["2021-11-24T09:15:00+06:00", "2021-11-24T03:15:00.000Z"],
    ["2021-11-24", "2021-11-24T00:00:00.000Z"],
    ["next Tuesday", null],
    ["", null],
  ])("%j", (value, iso) => {
    expect(toIsoDate(value)).toBe(iso);
  });
});
