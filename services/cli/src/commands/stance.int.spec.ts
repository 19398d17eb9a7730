import { describe, expect, it } from "vitest";
import { runCli } from "../../../../tests/support/runCli.ts";

/** Runs `node services/cli/bin/pushback.js stance` as a user would, feeding `input` on stdin. */
const runStance = (input: string) => runCli(["stance"], {}, input);

const CLAIM =
  "Kazakhstan's information ministry has direct and exclusive access to Facebook's content reporting system.";

describe("pushback stance", () => {
  it("writes one JSON line per input line, in order, with errors in place of malformed lines", async () => {
    const lines = [
      JSON.stringify({ claim: CLAIM, text: "The process is the same in Kazakhstan as it is for other countries." }),
      "{not json",
      JSON.stringify({ claim: CLAIM }),
      JSON.stringify({ claim: CLAIM, text: "We stand by every word of the joint statement, the minister insisted." }),
      JSON.stringify(["claim", "text"]),
    ];
    const { code, stdout, stderr } = await runStance(`${lines.join("\n")}\n`);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const out = stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(out).toHaveLength(lines.length);
    expect(out[0].stance).toBe("denial");
    expect(out[0].confidence).toBeGreaterThan(0);
    expect(out[0].confidence).toBeLessThanOrEqual(1);
    expect(out[0].cues.some((c: string) => c.startsWith("universality"))).toBe(true);
    expect(out[1]).toEqual({ error: expect.stringContaining("invalid JSON") });
    expect(out[2]).toEqual({ error: expect.stringContaining("strings") });
    expect(out[3].stance).toBe("reaffirmation");
    expect(out[4]).toEqual({ error: expect.stringContaining("object") });
  });

  it("uses an optional speaker to tell the claimant from third parties", async () => {
    const text = "The ministry will be able to flag harmful posts directly to the platform.";
    const lines = [
      JSON.stringify({ claim: CLAIM, text, speaker: "Aida Balaeva, information minister" }),
      JSON.stringify({ claim: CLAIM, text, speaker: 42 }),
    ];
    const out = (await runStance(`${lines.join("\n")}\n`)).stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(out[0].stance).toBe("claim");
    expect(out[0].cues).toContain("speaker: claimant");
    expect(out[1]).toEqual({ error: expect.stringContaining("speaker") });
  });

  it("handles an empty input and a last line without a newline", async () => {
    expect((await runStance("")).stdout).toBe("");
    const { stdout } = await runStance(
      JSON.stringify({ claim: CLAIM, text: "Meta did not grant the ministry exclusive access." }),
    );
    expect(JSON.parse(stdout).stance).toBe("denial");
  });
});
