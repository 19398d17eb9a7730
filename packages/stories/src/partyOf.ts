import { UNATTRIBUTED } from "./judgeStatement.ts";

export interface SpeakerLike {
  name: string;
  role: string | null;
  organization: string | null;
}

export interface ActorsLike {
  governments: string[];
  platforms: string[];
}

/** Names under which a platform's people speak. */
const PLATFORM_ALIASES: Record<string, string[]> = {
  meta: ["facebook", "instagram", "whatsapp", "meta platforms"],
  x: ["twitter", "x corp"],
  google: ["youtube", "alphabet"],
  youtube: ["google"],
  tiktok: ["bytedance"],
};

/** Descriptions a platform's people go by when the article has named the company already. */
const COMPANY_WORDS =
  /^(the )?(company|firm|platform|social network|social media (giant|company|platform)|tech giant)$/i;

const GOVERNMENT_WORDS =
  /\b(ministry|minister|ministers|government(?! affairs| relations)|president|presidential|parliament|regulator|authority|authorities|agency|court|prosecutor|embassy|deputy|spokesman for the|akimat|cabinet|senator|official|officials|roskomnadzor|commission)\b/i;

/**
 * The side a speaker speaks for: the unit of "who claimed, who denied". A platform's spokesperson
 * speaks for the platform, a minister for the government; anyone else for their organisation or
 * themselves.
 */
export function partyOf(speaker: SpeakerLike | null, actors: ActorsLike): string {
  if (!speaker) return UNATTRIBUTED;
  const about = `${speaker.organization ?? ""} ${speaker.name} ${speaker.role ?? ""}`.toLowerCase();
  for (const platform of actors.platforms) {
    const names = [platform.toLowerCase(), ...(PLATFORM_ALIASES[platform.toLowerCase()] ?? [])];
    if (names.some((name) => new RegExp(`\\b${escapeRegExp(name)}\\b`).test(about))) return platform;
  }
  if (actors.platforms.length === 1 && COMPANY_WORDS.test((speaker.organization ?? speaker.name).trim())) {
    return actors.platforms[0]!;
  }
  for (const government of actors.governments) {
    const stem = government.toLowerCase().slice(0, Math.max(4, government.length - 3));
    if (about.includes(stem)) return government;
  }
  if (actors.governments.length === 1 && GOVERNMENT_WORDS.test(about)) return actors.governments[0]!;
  return speaker.organization ?? speaker.name;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
