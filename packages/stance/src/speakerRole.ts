/**
 * Who is speaking, relative to a government–platform claim: the government side makes the claims this
 * pipeline tracks (access, takedowns, data), the platform side is their target, everyone else is a third party.
 */
export type SpeakerRole = "claimant" | "target" | "third-party";

// Checked first: "Global Government Affairs, X" speaks for the platform.
const PLATFORM =
  /\b(?:meta|facebook|instagram|whatsapp|twitter|tiktok|bytedance|google|youtube|alphabet|telegram|apple|microsoft|linkedin|snap|snapchat|vk|amazon|discord|reddit|x corp)\b/i;
const PLATFORM_X = /(?:^|[\s,(])X(?:$|[\s,)'])/;
const GOVERNMENT =
  /\b(?:ministry|minister|government|regulator|regulatory|authority|authorities|agency|commission|commissioner|kremlin|president|presidential|prime minister|official|officials|roskomnadzor|ofcom|esafety|department|cabinet|embassy|spokesman for the|press secretary)\b/i;

/** Role of a free-text speaker ("Aida Balaeva, information minister, Ministry of Information"). */
export function speakerRole(speaker: string): SpeakerRole {
  if (PLATFORM.test(speaker) || PLATFORM_X.test(speaker)) return "target";
  if (GOVERNMENT.test(speaker)) return "claimant";
  return "third-party";
}
