import { describe, expect, it } from "vitest";
import { signUnsubscribeToken, verifyUnsubscribeToken } from "./unsubscribeToken.ts";

const secret = "a-test-secret-of-enough-length";
const id = "5b0e6d0c-7a5e-5f1e-9a57-0c1f2d3e4f50";

describe("unsubscribe tokens", () => {
  it("round-trips the subscription id", () => {
    const token = signUnsubscribeToken(id, secret);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(verifyUnsubscribeToken(token, secret)).toBe(id);
  });
  it("rejects another secret, a changed id, a changed signature and garbage", () => {
    const token = signUnsubscribeToken(id, secret);
    const [encodedId, signature] = token.split(".") as [string, string];
    expect(verifyUnsubscribeToken(token, "another-secret-of-enough-length")).toBeNull();
    const otherId = Buffer.from("00000000-0000-5000-8000-000000000000").toString("base64url");
    expect(verifyUnsubscribeToken(`${otherId}.${signature}`, secret)).toBeNull();
    const flipped = `${signature.slice(0, -2)}${signature.endsWith("AA") ? "BA" : "AA"}`;
    expect(verifyUnsubscribeToken(`${encodedId}.${flipped}`, secret)).toBeNull();
    for (const bad of [
      "",
      ".",
      "abc",
      `${encodedId}.`,
      `${encodedId}.${signature}x`,
      `${encodedId}\r\n.${signature}`,
    ]) {
      expect(verifyUnsubscribeToken(bad, secret)).toBeNull();
    }
  });
});
