// Which pronoun a person takes, read first from the article itself: gendered titles and role words
// in their mentions ("Mr", "spokeswoman", "actress") and the pronouns that follow their name before
// anyone is named again ("Steenburgen ... her husband"). When the article does not say, the first
// name's usual gender (gender-detection-from-name: first names of six languages) is the prior.
import { getGender } from "gender-detection-from-name";

export type Gender = "male" | "female";

const maleWords =
  /\b(?:mr|sir|lord|king|prince|duke|father|son|brother|husband|uncle|grandfather|boy|man|businessman|chairman|spokesman|congressman|councilman|policeman|actor|waiter|monk|emperor|sultan|emir|sheikh)\b/i;
const femaleWords =
  /\b(?:mrs|ms|miss|dame|lady|queen|princess|duchess|mother|daughter|sister|wife|aunt|grandmother|girl|woman|businesswoman|chairwoman|spokeswoman|congresswoman|councilwoman|policewoman|actress|waitress|nun|empress)\b/i;

/** A gender the words describing a person state outright, if any. */
export function genderOfDescription(words: string): Gender | null {
  const male = maleWords.test(words);
  const female = femaleWords.test(words);
  return male === female ? null : male ? "male" : "female";
}

export interface NamedAt {
  name: string;
  position: number;
  /** Words that describe the person where named (role, title). */
  description: string;
}

/**
 * Votes for each person's gender: the pronouns in the text after each of their mentions, up to the
 * next mention of anyone (at most a few sentences), any gendered description, and the first name's
 * usual gender. A person is given a gender only when one side has at least twice the votes of the other.
 */
export function inferGenders(text: string, mentions: NamedAt[]): Map<string, Gender | null> {
  const votes = new Map<string, { male: number; female: number }>();
  const sorted = [...mentions].sort((a, b) => a.position - b.position);
  sorted.forEach((m, i) => {
    const tally = votes.get(m.name) ?? { male: 0, female: 0 };
    votes.set(m.name, tally);
    const lead = text.slice(Math.max(0, m.position - 20), m.position);
    // ("Mr Addison": an honorific before the name, which the name itself leaves out.)
    const honorific = /\b(?:mr|mrs|ms|miss|sir|dame|lord|lady)\.?\s+$/i.exec(lead)?.[0] ?? "";
    const described = genderOfDescription(`${m.description} ${honorific}`);
    if (described) tally[described] += 3;
    const next = sorted.slice(i + 1).find((o) => o.position > m.position);
    const end = Math.min(next?.position ?? text.length, m.position + 400);
    const window = text.slice(m.position + m.name.length, end);
    // "Mark Addison, then her private secretary": a possessive in the apposition is someone else's.
    if (/^,\s+(?:\p{Ll}+\s+){0,2}(?:his|her)\s/u.test(window)) return;
    // A name as an object or an owner ("a swipe at Donald Trump, saying she ...", "Trump's
    // inauguration is a month away, she said") is not what the next pronoun points back to.
    const owner = /^['’]s?\b/.test(text.slice(m.position + m.name.length));
    if (
      owner ||
      /\b(?:at|to|with|by|for|from|against|about|of|on|than|told|asked|thanked|praised|criticized|criticised|attacked)\s+$/i.test(
        lead,
      )
    )
      return;
    // Only the first pronoun counts: later ones may already point elsewhere.
    const pronoun = /\b(?:he|him|his|himself|she|her|hers|herself)\b/i.exec(window)?.[0].toLowerCase();
    if (pronoun) tally[/^(?:he|him|his|himself)$/.test(pronoun) ? "male" : "female"] += 1;
  });
  // null: the article's votes lean against the first name without outweighing it: no gender is known.
  const out = new Map<string, Gender | null>();
  for (const [name, t] of votes) {
    // A known first name is worth one and a half votes: one pronoun after the name ("John Smith runs
    // a group. Reporters met a woman ... she said") does not make John a woman; three do.
    const prior = genderOfFirstName(name);
    const against = prior === "male" ? t.female > t.male : prior === "female" ? t.male > t.female : false;
    if (prior) t[prior] += 1.5;
    if (t.male >= 2 * t.female && t.male > 0) out.set(name, "male");
    else if (t.female >= 2 * t.male && t.female > 0) out.set(name, "female");
    else if (against) out.set(name, null);
  }
  return out;
}

/** The usual gender of a full name's first name ("Virginia Giuffre"), if the name lists know it. */
export function genderOfFirstName(name: string): Gender | null {
  const tokens = name.split(/\s+/);
  // A single word may be a surname ("Liu", "Andrew" alone is left to the article).
  if (tokens.length < 2 || !/^\p{Lu}\p{Ll}+$/u.test(tokens[0]!)) return null;
  const gender = getGender(tokens[0]!);
  return gender === "unknown" ? null : gender;
}
