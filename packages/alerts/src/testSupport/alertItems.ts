import type { AlertItem } from "../alertTypes.ts";

/** Invented, news-style test items modelled on the founding case. */
export function kazakhstanDenial(overrides: Partial<AlertItem> = {}): AlertItem {
  return {
    contradictionId: "c-kz-meta-denial",
    storyId: "story-kz",
    storyTitle: "Kazakhstan says it won exclusive access to Facebook reporting",
    type: "denial",
    claim: {
      claimId: "claim-kz-access",
      text: "direct and exclusive access to Facebook's content reporting system",
      party: "Kazakhstan",
      quote: {
        text: "We have obtained direct and exclusive access to the content reporting system.",
        party: "Kazakhstan",
        speaker: { name: "Aida Balayeva", role: "minister", organization: "Ministry of Information" },
        outlet: "Kazinform",
        url: "https://news.example.kz/2021/11/joint-statement",
        title: "Ministry announces joint statement",
        publishedAt: "2021-11-17T08:05:00Z",
      },
    },
    response: {
      text: "The process is the same in Kazakhstan as it is for other countries.",
      party: "Meta",
      speaker: { name: "a Meta spokesperson", role: null, organization: "Meta" },
      outlet: "Reuters",
      url: "https://wire.example.com/meta-kazakhstan",
      title: "Meta says Kazakhstan has no special access",
      publishedAt: "2021-11-18T12:30:00Z",
    },
    queuedAt: "2021-11-18T12:40:00Z",
    ...overrides,
  };
}
