import { createHmac, timingSafeEqual } from "node:crypto";

const PURPOSE = "pushback:unsubscribe:v1";

function signature(subscriptionId: string, secret: string): Buffer {
  return createHmac("sha256", secret).update(`${PURPOSE}:${subscriptionId}`).digest();
}

/** `<subscriptionId as base64url>.<HMAC-SHA256 as base64url>`: a link that unsubscribes one subscription. */
export function signUnsubscribeToken(subscriptionId: string, secret: string): string {
  const id = Buffer.from(subscriptionId, "utf8").toString("base64url");
  return `${id}.${signature(subscriptionId, secret).toString("base64url")}`;
}

/** The subscription id a token names, or null when it is malformed or not signed with `secret`. */
export function verifyUnsubscribeToken(token: string, secret: string): string | null {
  const match = /^([A-Za-z0-9_-]{1,200})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const subscriptionId = Buffer.from(match[1]!, "base64url").toString("utf8");
  const given = Buffer.from(match[2]!, "base64url");
  const expected = signature(subscriptionId, secret);
  // Constant-time: the comparison must not reveal how many leading bytes were right.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return subscriptionId;
}
