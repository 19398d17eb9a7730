import { describe, expect, it } from "vitest";
import { parseAllowList } from "./parseAllowList.ts";

// [input, expected rules in a comparable form]
const valid: [string, string[]][] = [
  ["", []],
  [" , ", []],
  ["localhost", ["host localhost *"]],
  ["Feeds.Example.COM.:8080", ["host feeds.example.com 8080"]],
  ["127.0.0.1:3000,127.0.0.2", ["host 127.0.0.1 3000", "host 127.0.0.2 *"]],
  ["[::1]:8443", ["host ::1 8443"]],
  ["[::1]", ["host ::1 *"]],
  ["0:0:0:0:0:0:0:1", ["host ::1 *"]],
  ["10.0.0.0/8, fc00::/7", ["cidr 10.0.0.0/8", "cidr fc00::/7"]],
];

const invalid = [
  "bad host",
  "host:0",
  "host:70000",
  "host:abc",
  "10.0.0.0/33",
  "999.1.1.1/8",
  "[nope]:80",
  "a_b.example",
];

function describeRule(rule: ReturnType<typeof parseAllowList>[number]): string {
  return rule.kind === "cidr"
    ? `cidr ${rule.range[0].toString()}/${rule.range[1]}`
    : `host ${rule.host} ${rule.port ?? "*"}`;
}

describe("parseAllowList", () => {
  it.each(valid)("%j", (input, expected) => {
    expect(parseAllowList(input).map(describeRule)).toEqual(expected);
  });

  it("accepts an array as well as a comma list", () => {
    expect(parseAllowList(["a.example", "b.example:81"]).map(describeRule)).toEqual([
      "host a.example *",
      "host b.example 81",
    ]);
  });

  it.each(invalid)("rejects %j with a message naming the entry", (entry) => {
    expect(() => parseAllowList(entry)).toThrow(entry);
  });
});
