import { describe, expect, it } from "vitest";
import { diffParagraphs } from "./diffParagraphs.ts";

const LEAD = "The ministry said on Tuesday that it had signed a joint statement with the platform.";
const CLAIM = "It claimed direct and exclusive access to the content reporting system.";
const DENIAL = "A spokesperson for the company said the process is the same as in other countries.";
const CLOSE = "The ministry did not respond to a request for comment by publication time.";

describe("diffParagraphs", () => {
  it("reports nothing for identical versions, ignoring whitespace", () => {
    expect(diffParagraphs([LEAD, CLAIM], [`  ${LEAD}`, CLAIM.replace(/ /g, "  ")])).toEqual({
      added: [],
      removed: [],
      changed: [],
    });
  });

  it("finds a denial inserted in the middle, with its index in the new version", () => {
    const diff = diffParagraphs([LEAD, CLAIM, CLOSE], [LEAD, CLAIM, DENIAL, CLOSE]);
    expect(diff.added).toEqual([{ index: 2, text: DENIAL }]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual([]);
  });

  it("finds a removed paragraph with its index in the old version", () => {
    const diff = diffParagraphs([LEAD, CLAIM, CLOSE], [LEAD, CLOSE]);
    expect(diff.removed).toEqual([{ index: 1, text: CLAIM }]);
    expect(diff.added).toEqual([]);
  });

  it("reports an edited paragraph as changed, not as removed plus added", () => {
    const edited = CLOSE.replace("did not respond", "declined to respond");
    const diff = diffParagraphs([LEAD, CLOSE], [LEAD, edited]);
    expect(diff.changed).toEqual([{ index: 1, beforeIndex: 1, before: CLOSE, after: edited }]);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
  });

  it("separates an edit from an unrelated replacement in the same run", () => {
    const edited = `${CLAIM} The statement was later removed.`;
    const diff = diffParagraphs([LEAD, CLAIM, CLOSE], [LEAD, edited, DENIAL]);
    expect(diff.changed).toEqual([{ index: 1, beforeIndex: 1, before: CLAIM, after: edited }]);
    expect(diff.removed).toEqual([{ index: 2, text: CLOSE }]);
    expect(diff.added).toEqual([{ index: 2, text: DENIAL }]);
  });

  it("handles empty versions", () => {
    expect(diffParagraphs([], [LEAD])).toEqual({ added: [{ index: 0, text: LEAD }], removed: [], changed: [] });
    expect(diffParagraphs([LEAD], [])).toEqual({ added: [], removed: [{ index: 0, text: LEAD }], changed: [] });
  });
});
