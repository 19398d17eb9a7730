import { isClaim } from "@pushback/stance";
import { describe, expect, it } from "vitest";
import { judgeStatement, type KnownClaim } from "./judgeStatement.ts";

const id = (s: { statementId: string }) => `claim-${s.statementId}`;
const statement = (statementId: string, party: string, text: string) => ({
  statementId,
  party,
  text,
  isClaim: isClaim(text).claim,
});

describe("judgeStatement: the Kazakhstan–Meta chain", () => {
  const claim: KnownClaim = {
    claimId: "c1",
    party: "Kazakhstan",
    text: "Kazakhstan has been granted direct and exclusive access to Facebook's content reporting system",
  };

  it("opens a claim for a new assertion", () => {
    const judged = judgeStatement([], statement("s1", "Kazakhstan", claim.text), id);
    expect(judged.stance).toBe("claim");
    expect(judged.newClaim).toEqual({ claimId: "claim-s1", text: claim.text, party: "Kazakhstan" });
  });

  it("reads the platform's answer as a denial of the claim", () => {
    const judged = judgeStatement(
      [claim],
      statement(
        "s2",
        "Meta",
        "The process is the same in Kazakhstan as it is for other countries, and no government has exclusive access",
      ),
      id,
    );
    expect(judged.stance).toBe("denial");
    expect(judged.response).toEqual({ claim, type: "denial" });
    expect(judged.newClaim).toBeNull();
  });

  it("counts the same proposition from the same party as one more source, not a new claim", () => {
    const judged = judgeStatement([claim], statement("s3", "Kazakhstan", "direct and exclusive access"), id);
    expect(judged.claimId).toBe("c1");
    expect(judged.newClaim).toBeNull();
    expect(["claim", "reaffirmation"]).toContain(judged.stance);
  });

  it("records a neutral statement with no claim", () => {
    const judged = judgeStatement(
      [claim],
      statement("s4", "Human Rights Watch", "We will study the text of the statement"),
      id,
    );
    expect(judged.response).toBeNull();
    expect(judged.newClaim).toBeNull();
  });
});
