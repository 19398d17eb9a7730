import { describe, expect, it } from "vitest";
import { kazakhstanDenial } from "../testSupport/alertItems.ts";
import { alertSubject } from "./alertSubject.ts";
import { headerSafe, truncate } from "./headerSafe.ts";
import { renderAlertEmail } from "./renderAlertEmail.ts";

const base = {
  mode: "immediate" as const,
  timezone: "Asia/Almaty",
  publicUrl: "https://pushback.example.org/",
  unsubscribeUrl: "https://pushback.example.org/unsubscribe?token=abc.def",
};

describe("alertSubject", () => {
  it("names who answered whose claim, and the story", () => {
    const subject = alertSubject([kazakhstanDenial()]);
    expect(subject).toMatch(/^Meta denies Kazakhstan's claim: “direct and exclusive access to Facebook's content/);
    expect(subject).toContain("(Kazakhstan says it won exclusive access");
  });
  it("counts several contradictions", () => {
    const items = [
      kazakhstanDenial(),
      kazakhstanDenial({ contradictionId: "c2", type: "clarification" }),
      kazakhstanDenial({ contradictionId: "c3" }),
    ];
    expect(alertSubject(items)).toMatch(/^3 new contradictions: Meta denies/);
    expect(alertSubject([kazakhstanDenial({ type: "clarification" })])).toMatch(/^Meta clarifies Kazakhstan's claim/);
  });
  it("never carries CR, LF or other control characters", () => {
    const item = kazakhstanDenial();
    item.claim.text = "access\r\nBcc: x@evil.example\r\n\r\nbody";
    item.response.party = "Meta\nX-Injected: 1";
    item.storyTitle = "Title\u2028with separator";
    const subject = alertSubject([item]);
    expect(subject).not.toMatch(/[\r\n\u2028\u2029]/);
    expect(subject).toContain("Bcc: x@evil.example");
  });
  it("stays short", () => {
    const item = kazakhstanDenial({ storyTitle: "word ".repeat(100) });
    item.claim.text = "long ".repeat(200);
    expect([...alertSubject([item])].length).toBeLessThanOrEqual(160);
  });
});

describe("renderAlertEmail", () => {
  it("shows both quotes with speakers, outlets, local times and links, and the story link", () => {
    const email = renderAlertEmail({ ...base, items: [kazakhstanDenial()] });
    for (const part of [email.text, email.html]) {
      expect(part).toContain("direct and exclusive access to the content reporting system");
      expect(part).toContain("The process is the same in Kazakhstan as it is for other countries.");
      expect(part).toContain("Aida Balayeva, minister (Ministry of Information)");
      expect(part).toContain("Kazinform");
      expect(part).toContain("Reuters");
      expect(part).toContain("https://pushback.example.org/#/stories/story-kz");
      expect(part).toContain("https://wire.example.com/meta-kazakhstan");
    }
    // Almaty was UTC+6 in 2021: 12:30Z is 18:30 local.
    expect(email.text).toContain("18 Nov 2021, 18:30");
    expect(email.text).toContain("Unsubscribe: https://pushback.example.org/unsubscribe?token=abc.def");
  });
  it("escapes article text in the HTML part and drops non-http links", () => {
    const item = kazakhstanDenial();
    item.response.text = `<script>alert("x")</script> & "quoted"`;
    item.response.url = "javascript:alert(1)";
    item.response.speaker = { name: "<b>Eve</b>", role: null, organization: null };
    const email = renderAlertEmail({ ...base, items: [item] });
    expect(email.html).not.toContain("<script>");
    expect(email.html).not.toContain("<b>Eve</b>");
    expect(email.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quoted&quot;");
    expect(email.html).not.toContain('href="javascript:');
    expect(email.text).toContain(`<script>alert("x")</script>`);
  });
  it("rolls several items into one digest", () => {
    const items = [
      kazakhstanDenial(),
      kazakhstanDenial({ contradictionId: "c2", storyId: "story-2", storyTitle: "Second story" }),
    ];
    const email = renderAlertEmail({ ...base, mode: "daily", items });
    expect(email.text).toMatch(/^Your daily digest: 2 new contradictions\./);
    expect(email.text).toContain("#/stories/story-2");
    expect(email.html.match(/<h3/g)).toHaveLength(2);
  });

  it("details the first 20 of a large digest and lists the rest one line each", () => {
    const items = Array.from({ length: 23 }, (_, i) =>
      kazakhstanDenial({ contradictionId: `c${i}`, storyId: `story-${i}` }),
    );
    const email = renderAlertEmail({ ...base, mode: "weekly", items });
    expect(email.text.match(/The process is the same/g)).toHaveLength(20);
    expect(email.text).toContain("3 more:");
    expect(email.text).toContain("#/stories/story-22");
    expect(email.html.match(/<h3/g)).toHaveLength(20);
    expect(email.html).toContain("#/stories/story-22");
  });
});

describe("headerSafe and truncate", () => {
  it("flattens control characters", () => {
    expect(headerSafe(" a\r\nb\t\u0000c\u2029d ")).toBe("a b c d");
  });
  it("cuts at a word with an ellipsis", () => {
    expect(truncate("the quick brown fox jumps", 12)).toBe("the quick…");
    expect(truncate("short", 12)).toBe("short");
  });
});
