import { describe, expect, it } from "vitest";
import { BadRequestError, decodeCursor, encodeCursor } from "./cursor.ts";

describe("cursor", () => {
  it("round-trips the sort key, microseconds included", () => {
    const cursor = { at: "2021-11-20T10:00:00.123456Z", id: "story-é/1" };
    const encoded = encodeCursor(cursor);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(encoded)).toEqual(cursor);
  });

  it.each([
    ["not base64 json", "%%%"],
    ["json of the wrong shape", Buffer.from('{"at":1}').toString("base64url")],
    ["a bad time", Buffer.from('["yesterday","x"]').toString("base64url")],
  ])("rejects %s naming the field", (_label, value) => {
    expect(() => decodeCursor(value)).toThrow(BadRequestError);
    try {
      decodeCursor(value);
    } catch (error) {
      expect((error as BadRequestError).field).toBe("cursor");
    }
  });
});
