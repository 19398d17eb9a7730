import { DateTime } from "luxon";
import type { AlertItem, AlertMode, QuoteSnapshot } from "../alertTypes.ts";
import { alertSubject, headline } from "./alertSubject.ts";
import { escapeHtml, safeHttpUrl } from "./escapeHtml.ts";
import { headerSafe } from "./headerSafe.ts";

export interface AlertEmailInput {
  items: AlertItem[];
  mode: AlertMode;
  /** The subscriber's zone: times are shown in it. */
  timezone: string;
  /** PUSHBACK_PUBLIC_URL: story links point at its dashboard. */
  publicUrl: string;
  unsubscribeUrl: string;
}

export interface AlertEmail {
  subject: string;
  text: string;
  html: string;
}

/** Contradictions shown with both quotes; any beyond are listed one line each. */
export const DETAILED_ITEMS = 20;

export function storyUrl(publicUrl: string, storyId: string): string {
  return `${publicUrl.replace(/\/+$/, "")}/#/stories/${encodeURIComponent(storyId)}`;
}

function when(iso: string | null, timezone: string): string | null {
  if (!iso) return null;
  const time = DateTime.fromISO(iso, { zone: timezone });
  return time.isValid ? time.toFormat("d LLL yyyy, HH:mm ZZZZ") : null;
}

/** "Aida Balayeva, minister (Ministry of Information), Reuters, 17 Nov 2021, 14:05 GMT+6". */
function attribution(quote: QuoteSnapshot, timezone: string): string {
  const speaker = quote.speaker;
  const who = speaker
    ? [speaker.name, speaker.role, speaker.organization ? `(${speaker.organization})` : null]
        .filter(Boolean)
        .join(", ")
        .replace(", (", " (")
    : quote.party;
  return [who, quote.outlet, when(quote.publishedAt, timezone)].filter(Boolean).join(", ");
}

function oneLine(text: string): string {
  return headerSafe(text);
}

function textQuote(label: string, quote: QuoteSnapshot, timezone: string): string[] {
  return [`${label}: “${oneLine(quote.text)}”`, `  — ${oneLine(attribution(quote, timezone))}`, `  ${quote.url}`];
}

function htmlQuote(label: string, quote: QuoteSnapshot, timezone: string): string {
  const url = safeHttpUrl(quote.url);
  const source = escapeHtml(attribution(quote, timezone));
  const link = url ? ` · <a href="${escapeHtml(url)}">${escapeHtml(quote.title ?? "article")}</a>` : "";
  return (
    `<p><strong>${escapeHtml(label)}:</strong></p>` +
    `<blockquote style="margin:0 0 8px 0;padding-left:10px;border-left:3px solid #999">“${escapeHtml(oneLine(quote.text))}”` +
    `<br><small>— ${source}${link}</small></blockquote>`
  );
}

function cleanQuote(quote: QuoteSnapshot): QuoteSnapshot {
  const speaker = quote.speaker && {
    name: oneLine(quote.speaker.name),
    role: quote.speaker.role && oneLine(quote.speaker.role),
    organization: quote.speaker.organization && oneLine(quote.speaker.organization),
  };
  return {
    ...quote,
    party: oneLine(quote.party),
    speaker,
    outlet: oneLine(quote.outlet),
    title: quote.title && oneLine(quote.title),
  };
}

/** Names, outlets and titles are one line each, wherever they came from. */
function cleanItem(item: AlertItem): AlertItem {
  return {
    ...item,
    storyTitle: item.storyTitle && oneLine(item.storyTitle),
    claim: { ...item.claim, party: oneLine(item.claim.party), quote: item.claim.quote && cleanQuote(item.claim.quote) },
    response: cleanQuote(item.response),
  };
}

function claimQuote(item: AlertItem): QuoteSnapshot {
  // Without the claim's first statement we still show its text and party.
  return (
    item.claim.quote ?? {
      text: item.claim.text,
      party: item.claim.party,
      speaker: null,
      outlet: "",
      url: "",
      title: null,
      publishedAt: null,
    }
  );
}

/**
 * The alert email: a subject naming the story and what happened, and text and HTML parts with the
 * claim and the response (speakers, outlets, times, links), a link to each story on the dashboard
 * and an unsubscribe link. Every piece of article text is escaped in the HTML part.
 */
export function renderAlertEmail(input: AlertEmailInput): AlertEmail {
  const { timezone } = input;
  const items = input.items.map(cleanItem);
  const subject = alertSubject(items);
  const intro =
    input.mode === "immediate"
      ? items.length === 1
        ? "A new contradiction was detected."
        : `${items.length} new contradictions were detected.`
      : `Your ${input.mode} digest: ${items.length} new contradiction${items.length === 1 ? "" : "s"}.`;
  const text: string[] = [intro, ""];
  const html: string[] = [`<p>${escapeHtml(intro)}</p>`];
  for (const [index, item] of items.entries()) {
    const title = headline(item);
    const link = storyUrl(input.publicUrl, item.storyId);
    const story = item.storyTitle ? `Story: ${oneLine(item.storyTitle)}` : `Story ${item.storyId}`;
    if (index >= DETAILED_ITEMS) {
      // A large digest stays readable (and small): the rest are one line each.
      if (index === DETAILED_ITEMS) {
        text.push(`${items.length - DETAILED_ITEMS} more:`);
        html.push(`<hr><p>${items.length - DETAILED_ITEMS} more:</p>`);
      }
      text.push(`■ ${title} — ${link}`);
      html.push(`<p>■ <a href="${escapeHtml(link)}">${escapeHtml(title)}</a></p>`);
      continue;
    }
    text.push(
      `■ ${title}`,
      story,
      ...textQuote(`Claim (${item.claim.party})`, claimQuote(item), timezone).filter((line) => line.trim() !== ""),
      ...textQuote(
        `${item.type === "denial" ? "Denial" : "Clarification"} (${item.response.party})`,
        item.response,
        timezone,
      ),
      `View the story: ${link}`,
      "",
    );
    html.push(
      `<hr><h3 style="margin-bottom:4px">${escapeHtml(title)}</h3>`,
      `<p style="margin-top:0">${escapeHtml(story)}</p>`,
      htmlQuote(`Claim (${item.claim.party})`, claimQuote(item), timezone),
      htmlQuote(
        `${item.type === "denial" ? "Denial" : "Clarification"} (${item.response.party})`,
        item.response,
        timezone,
      ),
      `<p><a href="${escapeHtml(link)}">View the story on Pushback</a></p>`,
    );
  }
  text.push(
    "--",
    "You receive this because you subscribed to Pushback alerts.",
    `Unsubscribe: ${input.unsubscribeUrl}`,
  );
  html.push(
    `<hr><p><small>You receive this because you subscribed to Pushback alerts. ` +
      `<a href="${escapeHtml(input.unsubscribeUrl)}">Unsubscribe</a></small></p>`,
  );
  return {
    subject,
    text: `${text.join("\n")}\n`,
    html: `<!doctype html><html><body style="font-family:sans-serif">${html.join("\n")}</body></html>`,
  };
}
