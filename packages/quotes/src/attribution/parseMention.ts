// Reads a speaker noun phrase as written near a quote ("Meta spokesperson Ben McConaghy",
// "Aida Balaeva, the information minister", "the ministry", "she") into its parts.
import { findActors } from "../relevance/findActors.ts";
import {
  companyNouns,
  determiners,
  documentWords,
  groupWords,
  occupationNouns,
  orgWords,
  personNouns,
  portfolioWords,
  pronouns,
  roleWords,
} from "./nounLexicon.ts";
import { genderOfFirstName } from "./personGender.ts";
import { isTitleAt, officeEnd, splitOrganisationTail, splitPortfolio, splitTitle } from "./personName.ts";

export type MentionKind = "pronoun" | "description" | "document" | "group" | "person" | "organization";

export interface ParsedMention {
  kind: MentionKind;
  /** The phrase as written (trimmed). */
  text: string;
  name: string | null;
  role: string | null;
  organization: string | null;
  /** Head noun of a description or document ("ministry", "statement"). */
  head: string | null;
}

// "techUK" and "eSafety" are names too; "14th-ranked" and "2-year-old" are not.
const isCapitalised = (w: string) =>
  (/^[\p{Lu}\d]/u.test(w) && !/^\d+(?:st|nd|rd|th)?-\p{Ll}/u.test(w)) || /^\p{Ll}+\p{Lu}/u.test(w);
const possessive = /^(.*?)['’]s$/;
/** "al-Rashid", "el-Sayed": part of a personal name although lowercase. */
const joinedParticle = /^(?:al|el|ad|as|an|ash)-\p{Lu}/u;
const nameParticle = /^(?:van|von|de|da|das|do|dos|di|del|della|du|der|den|ter|le|la|bin|binti|ibn|al|el|ben|y)$/;
const roleStop = new Set(
  "the a an of in on at by with and to for from said told says wrote that as is was has had who".split(" "),
);

const timeWords =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

const parsed = new Map<string, ParsedMention | null>();

/** Cached: the same names are read many times in an article. Callers must not mutate the result. */
export function parseMention(phrase: string): ParsedMention | null {
  const hit = parsed.get(phrase);
  if (hit !== undefined) return hit;
  const result = asOrganisationByRole(parseMentionUncached(phrase));
  if (parsed.size >= 5000) parsed.clear();
  parsed.set(phrase, result);
  return result;
}

/**
 * "The group that owns most of her music, Big Machine", "the record label Big Machine": a name
 * described by a company noun is an organisation, however much it looks like a person's name.
 */
function asOrganisationByRole(m: ParsedMention | null): ParsedMention | null {
  if (m?.kind !== "person" || !m.role || !m.name) return m;
  const words = m.role.toLowerCase().split(/\s+/);
  const end = words.findIndex(
    (w, i) => i > 0 && /^(?:that|which|who|whose|of|in|at|for|with|from|based|behind)$/.test(w),
  );
  const head = words[(end > 0 ? end : words.length) - 1] ?? "";
  return companyNouns.has(head) ? { ...m, kind: "organization", role: null, head } : m;
}

function parseMentionUncached(phrase: string): ParsedMention | null {
  // "The Malaysian Communications and Multimedia Commission (MCMC)": the bracketed short name is no part of it.
  const text = phrase
    .trim()
    .replace(/\s*\([^()]{1,40}\)/g, "")
    // "[Bruck] said": an editor's brackets around a name; "(Chazelle admits": an aside's bracket.
    .replace(/\[([^\]]{1,40})\]/g, "$1")
    .replace(/^\(\s*/, "")
    // "Obama at the time called": a time phrase after the name ("a forecast in June" too).
    .replace(/\s+at the time$/, "")
    .replace(
      /\s+(?:in|on|last|this|early|late)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year)\b.*$/i,
      "",
    )
    .replace(/[\s,;:—–-]+$/, "");
  if (!text || timeWords.test(text)) return null;
  // "he’d", "she’ll": a pronoun with its auxiliary.
  const contracted = /^(he|she|they|we|i|it)['’](?:d|ll|ve|re|m|s)$/i.exec(text);
  if (contracted) return parseMention(contracted[1]!);
  // "Yet Sondland", "To LeBron James": a sentence's opening word is no part of the name.
  const opener =
    /^(?:Yet|But|And|So|To|For|With|As|If|Then|Now|Still|Also|Even|Only|Just|While|When|After|Before|Since|Though|Although|Because|Here|There|Ask|Meet|Consider|Enter)\s+(?=[\p{Lu}]|(?:the|a|an)\s)/u.exec(
      text,
    );
  if (opener) return parseMention(text.slice(opener[0].length));
  // "Dale and Martha", "Ford and Fry": two people speaking together; the first stands for both.
  const pair =
    /^([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)?)\s+and\s+[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)?$/u.exec(
      text,
    );
  const plainNames = text
    .split(/\s+/)
    .every(
      (w) =>
        w === "and" ||
        !(orgWords.has(w.toLowerCase()) || roleWords.has(w.toLowerCase()) || portfolioWords.has(w.toLowerCase())),
    );
  if (pair && plainNames && !isOrganisationName(text.split(/\s+/))) return parseMention(pair[1]!);
  // "data compiled by Bloomberg", "figures released by the ministry": the agent is the source; a
  // one-word agent is a firm or an outlet, not a person.
  const agent =
    /^(?:[\p{L}-]+\s+){1,3}(?:compiled|published|released|conducted|collected|gathered|provided|analy[sz]ed|prepared)\s+by\s+(.+)$/u.exec(
      text,
    );
  if (agent && /^[\p{Lu}][\p{L}&-]*$/u.test(agent[1]!.trim()))
    return mention("organization", text, agent[1]!.trim(), null, null, null);
  // "which", "that", "here": no speaker.
  if (/^(?:[Ww]hich|[Tt]hat|[Ww]ho|[Hh]ere|[Tt]here|[Tt]his|[Tt]hese|[Tt]hose|[Ww]hat)$/.test(text)) return null;
  // "Paganini and his team": the named person speaks for the group.
  const team = /^([\p{Lu}][^,]*?)\s+and\s+(?:his|her|their|its)\s+\p{Ll}+(?:\s+\p{Ll}+)?$/u.exec(text);
  if (team) return parseMention(team[1]!);
  // "an official at the service who asked not to be named": the relative clause is not the name.
  const relative = /\s(?:who|whose)\s/.exec(text);
  if (relative && relative.index > 0) {
    // "The mother of a woman who took the pills, Fiona Parry": the name apposed after the clause stays.
    const apposed = /,\s*([\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+)+)$/u.exec(text.slice(relative.index));
    return parseMention(text.slice(0, relative.index) + (apposed ? `, ${apposed[1]}` : ""));
  }
  const [core, ...rest] = splitApposition(text);
  if (!core) return null;
  const appositive = rest.join(", ");
  const main = parseCore(core, text);
  if (!main) return null;
  if (appositive) {
    const app = parseCore(appositive, appositive);
    // "The minister, Aida Balaeva": the name sits in the apposition.
    // "The group, WeWorkers Coalition": the organisation named in the apposition.
    if (
      (main.kind === "description" || main.kind === "group") &&
      app?.kind === "organization" &&
      /^(?:the|a|an)\s/i.test(core)
    )
      return { ...app, text };
    if ((main.kind === "description" || main.kind === "group") && app?.kind === "person") {
      return { ...app, text, role: app.role ?? main.name, organization: app.organization ?? main.organization };
    }
    if (main.kind === "person" || main.kind === "organization") {
      const described = parseAppositive(appositive);
      return {
        ...main,
        role: main.role ?? described.role,
        organization: main.organization ?? described.organization,
      };
    }
  }
  return main;
}

/** "Daria Ivanova, a researcher at the Digital Rights Centre in Almaty" -> role and organisation. */
export function parseAppositive(text: string): { role: string | null; organization: string | null } {
  let t = text.trim().replace(/^(who|which)\s+\w+\s+/, "");
  t = t.replace(/^(a|an|the)\s+/i, "");
  let organization: string | null = null;
  const poss = /^([\p{Lu}][\p{L}\p{N}&.\- ]*?)['’]s\s+(.*)$/u.exec(t);
  if (poss) {
    organization = poss[1]!;
    t = poss[2]!;
  }
  const prep = /^(.*?)\s+(?:at|of|with|for|from)\s+(?:the\s+)?(.*)$/.exec(t);
  let role = prep ? prep[1]! : t;
  if (prep && !organization) {
    const orgWordsAfter = prep[2]!.split(/\s+/);
    const name: string[] = [];
    for (const w of orgWordsAfter) {
      if (isCapitalised(w) || (name.length > 0 && /^(of|and|for|&)$/.test(w))) name.push(w.replace(/[,.]$/, ""));
      else break;
    }
    while (name.length && /^(of|and|for|&)$/.test(name[name.length - 1]!)) name.pop();
    if (name.length) organization = name.join(" ").replace(/['’]s$/, "");
  }
  role = role.replace(/[,.]$/, "").trim();
  const roleTokens = role.toLowerCase().split(/\s+/);
  if (!roleTokens.some((w) => roleWords.has(w)) || roleTokens.length > 6) role = "";
  return { role: role || null, organization };
}

const nameList = /^(?:[\p{Lu}][\p{L}]*|and|of)(?:\s+(?:[\p{Lu}][\p{L}]*|and|of))*$/u;
const listedOrg = /\b(?:Ministry|Committee|Commission|Department|Agency|Office) of\b/u;

function splitApposition(text: string): string[] {
  const parts = text
    .split(/,\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
  // "Ministry of Culture, Information, Sports and Youth Policy" is one name.
  if (parts.length > 1 && listedOrg.test(parts[0]!)) {
    let k = 1;
    while (k < parts.length && nameList.test(parts[k]!)) k++;
    return [parts.slice(0, k).join(", "), ...parts.slice(k)];
  }
  return parts;
}

function parseCore(phrase: string, text: string): ParsedMention | null {
  // "Jones's response: “...”": a name standing as owner of what is said is the speaker.
  // ("As Major himself noted": the reflexive is no part of the name.)
  const unreflexive = phrase.replace(/\s+(?:himself|herself|themselves|itself)$/i, "");
  const core = /^((?:[\p{Lu}][\p{L}.-]*\s+)*[\p{Lu}][\p{L}.-]*?)['’]s?$/u.exec(unreflexive)?.[1] ?? unreflexive;
  let words = core.split(/\s+/).filter(Boolean);
  const lower = core.toLowerCase();
  // "IT" (information technology) and "WE" are acronyms, "I" is the pronoun.
  if (pronouns.has(lower) && (core === "I" || !/^\p{Lu}{2,}$/u.test(core)))
    return mention("pronoun", text, null, null, null, lower);
  // "a Colorado Democrat", "another commonwealth Democrat", "a GOP insider in ... New Hampshire": an
  // indefinite phrase introduces someone unnamed, whatever capitals it holds.
  // ("One resident" too, but not "One Direction".)
  const indefinite =
    (/^(?:a|an|another)$/i.test(words[0] ?? "") ||
      (/^one$/i.test(words[0] ?? "") && !isCapitalised(words[1] ?? "A"))) &&
    words.length > 1;
  const definite = /^the$/i.test(words[0] ?? "");
  if (words.length && determiners.has(words[0]!.toLowerCase())) words = words.slice(1);
  // "One resident" opening a sentence is "one resident", not a name.
  if (indefinite && words[0] === "One") words = ["one", ...words.slice(1)];
  if (words.length === 0) return null;
  // Possessive prefix: "Kazakhstan's information ministry", "X's Global Government Affairs account".
  let owner: string | null = null;
  // After a name, only before its "of / at / from": "Omar Salleh of the People's Party" keeps its
  // tail whole ("the head of Serbia's police" is a description with an owner).
  // "planetary geologist Rosaly Lopes of NASA's Jet Propulsion Laboratory": a name may follow a lowercase role.
  const tailStart = words.findIndex((w, i) => /^(?:of|at|from|with)$/.test(w) && i > 0 && isCapitalised(words[i - 1]!));
  // "the People’s Daily", "the Children’s Hospital": after "the", a capitalised possessive followed by
  // a capitalised word is part of one name ("the Meta’s Clegg" is not English).
  const inName = (i: number) => definite && isCapitalised(words[i]!) && isCapitalised(words[i + 1] ?? "");
  let possIndex = words.findIndex((w, i) => possessive.test(w) && (tailStart < 0 || i < tailStart) && !inName(i));
  // "a Moody’s Analytics’ forecast": a plural possessive right after ends the owner's name.
  if (possIndex >= 0 && /^[\p{Lu}].*s['’]$/u.test(words[possIndex + 1] ?? "") && possIndex + 2 < words.length)
    possIndex += 1;
  if (possIndex >= 0 && possIndex < words.length - 1) {
    owner = [...words.slice(0, possIndex), words[possIndex]!.replace(possessive, "$1").replace(/(?<=s)['’]$/, "")].join(
      " ",
    );
    words = words.slice(possIndex + 1);
  }
  // "China's ambassador to Britain", "the authors of the research published in the journal X": a
  // person noun with its complement is a description; the names inside the complement are not the speaker.
  const nounAt = words.findIndex(
    (w, i) =>
      (roleWords.has(w) || groupWords.has(w) || personNouns.has(w) || occupationNouns.has(w)) &&
      (words[i + 1] === "to" ||
        (words[i + 1] === "of" && /^(?:the\s+\p{Ll}|(?!the\s)\p{Ll})/u.test(words.slice(i + 2, i + 4).join(" ")))),
  );
  // (Not "China's ambassador to Britain Liu Xiaming": a person's name closes the complement.)
  const capitalRun = /(?:[\p{Lu}][\p{L}'’.-]*\s*)+$/u.exec(words.join(" "))?.[0].trim().split(/\s+/) ?? [];
  const nameCloses = capitalRun.length >= 3 || genderOfFirstName(capitalRun.slice(-2).join(" ")) !== null;
  if (
    nounAt >= 0 &&
    capitalRun.length > 0 &&
    !nameCloses &&
    words.slice(0, nounAt + 1).every((w) => /^[\p{Ll}-]+$/u.test(w))
  ) {
    const described = describe(words.slice(0, nounAt + 1), text, owner);
    if (owner && described.kind === "description") return { ...described, organization: owner };
    return described;
  }
  // "a skeptical Robert Wolfarth": an adjective before a full name, not an unnamed speaker.
  const lastLower = words.findLastIndex((w) => !isCapitalised(w));
  if (
    indefinite &&
    lastLower >= 0 &&
    words.length - lastLower - 1 >= 2 &&
    words.slice(0, lastLower + 1).every((w) => /^\p{Ll}+$/u.test(w) && !roleWords.has(w) && !occupationNouns.has(w)) &&
    !/^(?:a|an|another|one)$/i.test(words[0]!) &&
    genderOfFirstName(words.slice(lastLower + 1).join(" ")) !== null
  )
    return named(words.slice(lastLower + 1), text, owner);
  if (
    indefinite &&
    owner === null &&
    !words.some((w) => roleWords.has(w.toLowerCase()) || documentWords.has(w.toLowerCase()))
  )
    return describe(words[0]!.toLowerCase() === "another" ? words.slice(1) : words, text, null);
  if (/^(?:account|team|office|handle)$/.test(words[words.length - 1] ?? "") && words.length > 1 && tailStart < 0)
    words = words.slice(0, -1);
  // "Students in Novi Sad", "content creators from Alexandria": a group with its place is one speaker.
  const place = /^(?:in|on|from|at|across|outside)$/i;
  const placeAt = words.findIndex((w, i) => i > 0 && place.test(w));
  if (
    placeAt > 0 &&
    placeAt + 1 < words.length &&
    groupWords.has(words[placeAt - 1]!.toLowerCase()) &&
    words.slice(0, placeAt - 1).every((w) => !isCapitalised(w) || w === words[0]) &&
    words.slice(placeAt + 1).every((w) => isCapitalised(w) || /^(?:the|and|of)$/.test(w))
  )
    return mention("group", text, words.join(" "), null, owner, words[placeAt - 1]!.toLowerCase());
  // "a study published in the journal Urban Ecology": a document noun leads the phrase.
  // (Not "study lead author Lucas Paganini": a role word makes it a person.)
  if (
    words.length > 1 &&
    documentWords.has(words[0]!.toLowerCase()) &&
    !isCapitalised(words[0]!) &&
    !words.slice(1, 4).some((w) => roleWords.has(w.toLowerCase()))
  )
    return describe(words, text, owner);
  // "The French rider": a demonym or place describing a person by occupation.
  const last = words[words.length - 1]!.toLowerCase();
  if (
    words.length >= 2 &&
    !isCapitalised(words[words.length - 1]!) &&
    (occupationNouns.has(last) || personNouns.has(last)) &&
    words.slice(0, -1).every((w) => isCapitalised(w) && findActors(w).governments.length > 0)
  )
    return describe(words, text, owner ?? findActors(words.slice(0, -1).join(" ")).governments[0] ?? null);
  const hasCapital = words.some(isCapitalised);
  if (!hasCapital) return describe(words, text, owner);
  // "the Spaniard", "the Portuguese": a person described by nationality.
  if (definite && words.length === 1 && isDemonymNoun(words[0]!))
    return mention("description", text, words[0]!, null, null, words[0]!.toLowerCase());
  // "the Conservative MP", "the Democratic Senator": a role after "the" describes someone.
  if (definite && words.length <= 3 && roleWords.has(words[words.length - 1]!.toLowerCase()))
    return describe(
      words.map((w) => w.toLowerCase()),
      text,
      owner,
    );
  return named(words, text, owner);
}

function describe(allWords: string[], text: string, owner: string | null): ParsedMention {
  // "an official ... who asked not to be named": the relative clause is not part of the name.
  const relative = allWords.findIndex((w, i) => i > 0 && /^(?:who|which|whose)$/i.test(w));
  const words = relative > 0 ? allWords.slice(0, relative) : allWords;
  const phrase = words.join(" ");
  const lowered = words.map((w) => w.toLowerCase());
  const first = lowered[0]!;
  const headIndex = lowered.findIndex((w) =>
    /^(?:of|close|in|inside|outside|near|within|among|at|who|for|from|with|responsible|based)$/.test(w),
  );
  const head = headIndex > 0 ? lowered[headIndex - 1]! : lowered[lowered.length - 1]!;
  // "The joint statement published by the ministry": the document comes first.
  const docIndex = lowered.findIndex((w) => documentWords.has(w));
  // "a report from Kotak Institutional Equities", "a statement issued by the Interior Ministry": the
  // named author speaks through the document. (Not "by the ministry": a description stays the document.)
  const by = lowered.slice(docIndex + 1, docIndex + 3).findIndex((w) => w === "from" || w === "by");
  if (docIndex >= 0 && by >= 0) {
    const author = words.slice(docIndex + 2 + by).filter((w, i) => !(i === 0 && /^the$/i.test(w)));
    if (author.length && isCapitalised(author[0]!)) {
      const parsed = named(author, text, owner);
      // ("data compiled by Bloomberg": a one-word author is a firm or a source, not a person.)
      if (parsed.kind === "person" && author.length === 1)
        return { ...parsed, kind: "organization", name: author[0]!, role: null };
      if (parsed.kind !== "document") return parsed;
    }
  }
  if (docIndex >= 0 && docIndex <= 2) {
    return mention("document", text, lowered.slice(0, docIndex + 1).join(" "), null, owner, lowered[docIndex]!);
  }
  if (documentWords.has(head))
    return mention("document", text, headIndex > 0 ? lowered.slice(0, headIndex).join(" ") : phrase, null, owner, head);
  if (groupWords.has(first) || groupWords.has(head)) return mention("group", text, phrase, null, owner, head);
  return mention("description", text, phrase, null, owner, head);
}

function named(words: string[], text: string, owner: string | null): ParsedMention {
  // (An initial keeps its dot: "Mary E. Lovely".)
  const clean = words.map((w) => (/^\p{Lu}\.$/u.test(w) ? w : w.replace(/[,.;:]$/, "")));
  // "Liza Marcelo of the Philippine Internet Freedom Alliance": a person, not an organisation.
  const tail = splitOrganisationTail(clean, isOrganisationName);
  if (tail) {
    const person = named(tail.person, text, owner);
    if (person.kind === "person") return { ...person, organization: tail.organization };
  }
  // "Minister of Communications and Digital Technologies Sipho Dlamini": an office "of ..." may hold
  // organisation words; a personal name after it makes the whole a person with a role.
  const office = splitTitle(clean);
  if (
    office.title &&
    /\b(?:of|for)\b/.test(office.title) &&
    office.name.length >= 2 &&
    !isOrganisationName(office.name)
  )
    return mention("person", text, office.name.join(" "), office.title, owner, null);
  // "Acting U.S. Attorney for the District of Massachusetts Joshua Levy": an office "for/of ..."
  // anywhere in the phrase runs to the last two words, the name.
  const officeAt = clean.findIndex(
    (w, i) =>
      i < clean.length - 3 && roleWords.has(w.toLowerCase()) && isCapitalised(w) && /^(?:of|for)$/.test(clean[i + 1]!),
  );
  if (officeAt >= 0) {
    const end = officeEnd(clean, officeAt + 1);
    if (end > officeAt + 1 && !isOrganisationName(clean.slice(end)))
      return mention("person", text, clean.slice(end).join(" "), clean.slice(0, end).join(" "), owner, null);
  }
  // The last role word followed by capitalised words splits role from name.
  let roleEnd = -1;
  for (let i = clean.length - 2; i >= 0; i--) {
    if ((roleWords.has(clean[i]!.toLowerCase()) || isTitleAt(clean, i)) && isCapitalised(clean[i + 1]!)) {
      roleEnd = i;
      break;
    }
  }
  if (roleEnd >= 0) {
    const name = clean.slice(roleEnd + 1).join(" ");
    const before = clean.slice(0, roleEnd + 1);
    let organization = owner;
    // "Information Minister" (capitalised title) or "Meta spokesperson" (organisation + role).
    const capital = isCapitalised(clean[roleEnd]!);
    let k = roleEnd;
    const inRole = (w: string, next: string) =>
      (isCapitalised(w) === capital && !roleStop.has(w.toLowerCase())) ||
      (capital && /^(?:and|of|for)$/.test(w) && isCapitalised(next) && k > 1 && isCapitalised(before[k - 2]!));
    while (k > 0 && inRole(before[k - 1]!, before[k]!)) k--;
    const role = before.slice(k).join(" ");
    if (!capital) {
      let j = k;
      while (j > 0 && isCapitalised(before[j - 1]!)) j--;
      if (j < k) organization = before.slice(j, k).join(" ");
    }
    if (isOrganisationName(clean.slice(roleEnd + 1))) return mention("organization", text, name, null, owner, null);
    return mention("person", text, name, role, organization, null);
  }
  // "Meta spokesperson", "a Kremlin official": an unnamed speaker for an organisation.
  const lastWord = clean[clean.length - 1]!.toLowerCase();
  if (
    clean.length >= 2 &&
    roleWords.has(lastWord) &&
    !isCapitalised(clean[clean.length - 1]!) &&
    isCapitalised(clean[0]!)
  ) {
    const org = clean.filter((w, i) => i < clean.length - 1 && isCapitalised(w)).join(" ");
    return mention("organization", text, org, lastWord, owner, lastWord);
  }
  // "Digital rights group Paradigm Initiative", "Telecommunications regulator Anatel": the name is the last capitalised run.
  const lastLower = clean
    .map((w) => !isCapitalised(w) && !/^(?:of|and|de|da|al|bin|van|von)$/.test(w) && !joinedParticle.test(w))
    .lastIndexOf(true);
  const preposition = /^(?:in|at|from|of|near|for|with|on)$/;
  const postModifier =
    lastLower >= 0 &&
    (preposition.test(clean[lastLower]!) ||
      (/^(?:the|a|an)$/.test(clean[lastLower]!) && lastLower > 0 && preposition.test(clean[lastLower - 1]!)));
  if (lastLower >= 0 && lastLower < clean.length - 1 && !postModifier) {
    let run = clean.slice(lastLower + 1);
    // "ambassador to Britain Liu Xiaming": the country of the office is no part of the name.
    if (/^(?:to|for|in)$/.test(clean[lastLower]!) && run.length >= 3 && findActors(run[0]!).governments.length > 0)
      run = run.slice(1);
    const kind = isOrganisationName(run) || orgWords.has(clean[lastLower]!.toLowerCase()) ? "organization" : "person";
    return mention(
      kind,
      text,
      run.join(" "),
      kind === "person" ? clean.slice(0, lastLower + 1).join(" ") : null,
      owner,
      null,
    );
  }
  if (postModifier && !isCapitalised(clean[0]!)) return describe(clean, text, owner);
  // "ICT Zunaid Ahmed Palak": an acronym left over from a long title.
  if (clean.length >= 3 && /^[\p{Lu}]{2,}$/u.test(clean[0]!) && !isOrganisationName(clean.slice(1))) clean.shift();
  const name = clean.join(" ");
  if (isOrganisationName(clean)) return mention("organization", text, name, null, owner, null);
  const lowerHead = clean[clean.length - 1]!.toLowerCase();
  if (!isCapitalised(clean[0]!) && documentWords.has(lowerHead)) return describe(clean, text, owner);
  if (!isCapitalised(clean[clean.length - 1]!) && !joinedParticle.test(clean[clean.length - 1]!))
    return describe(clean, text, owner ?? clean.filter(isCapitalised).join(" "));
  return mention("person", text, name, null, owner, null);
}

/** Organisation names carry an organisation word, are acronyms, or are known platforms or states. */
/** "The New York Times", "Washington Post", "People’s Daily": a publication's name. */
/** A nationality standing for a person: "Spaniard", "Briton", "Portuguese", "Nigerian". */
export function isDemonymNoun(word: string): boolean {
  return (
    /^(?:Spaniard|Briton|Scot|Scotsman|Scotswoman|Frenchman|Frenchwoman|Dutchman|Dutchwoman|Englishman|Englishwoman|Irishman|Irishwoman|Welshman|Welshwoman|Swede|Dane|Finn|Pole|Czech|Slovak|Turk|Greek|Swiss|Belgian|Kiwi|Aussie)$/.test(
      word,
    ) ||
    (/^[\p{Lu}]\p{Ll}+(?:an|ian|ese|ine|i|ic|ish)$/u.test(word) && findActors(word).governments.length > 0)
  );
}

export function isPublicationName(words: string[]): boolean {
  return (
    words.length >= 2 &&
    words.every((w) => isCapitalised(w) || /^(?:of|the)$/.test(w)) &&
    /^(?:Times|Post|Journal|Herald|Tribune|Gazette|Chronicle|Telegraph|Guardian|Observer|Daily|Courier|Register|Inquirer|Examiner|Mail|Express|Independent|Bulletin|Dispatch)$/.test(
      words[words.length - 1]!,
    )
  );
}

export function isOrganisationName(words: string[]): boolean {
  if (isPublicationName(words)) return true;
  // "CEO", "MP": roles written as acronyms.
  if (words.length === 1 && /^(?:CEO|CFO|COO|CTO|CMO|MP|MEP|VP|SVP|EVP)$/.test(words[0]!)) return false;
  if (words.some((w) => orgWords.has(w.toLowerCase()))) return true;
  // "FC Kairat", "Red Shield VPN": an acronym inside a longer name marks an organisation.
  // (Not "Conservative MP": a role written as an acronym.)
  if (
    words.length > 1 &&
    words.some((w) => /^[\p{Lu}]{2,}$/u.test(w) && !/^(?:CEO|CFO|COO|CTO|CMO|MP|MEP|MSP|VP|SVP|EVP)$/.test(w))
  )
    return true;
  if (words.length === 1) {
    const w = words[0]!;
    if (/^[\p{Lu}\d&]{2,}$/u.test(w)) return true;
    // States the relevance lexicon leaves out as first names; alone as a speaker they are the state.
    if (/^(?:Israel|Turkey)$/.test(w)) return true;
    const actors = findActors(w);
    if (actors.platforms.length || actors.governments.length) return true;
    if (/^(?!Mc|Mac|O')[\p{Lu}][\p{Ll}]+[\p{Lu}]/u.test(w)) return true; // NetBlocks, TikTok, eSafety-like casing
  }
  const actors = findActors(words.join(" "));
  return (actors.platforms.length > 0 || actors.governments.length > 0) && words.length <= 3;
}

function mention(
  kind: MentionKind,
  text: string,
  initialName: string | null,
  role: string | null,
  organization: string | null,
  head: string | null,
): ParsedMention {
  let name = initialName;
  if (kind === "person" && name) {
    // "William Barr put Kathleen Hawk Sawyer": a lowercase word (not a particle) ends what came
    // before; the name is the capitalised run after it.
    const tokens = name.split(/\s+/);
    const lastLower = tokens.findLastIndex(
      (t) => /^\p{Ll}/u.test(t) && !nameParticle.test(t) && !joinedParticle.test(t),
    );
    if (lastLower >= 0 && lastLower < tokens.length - 1) name = tokens.slice(lastLower + 1).join(" ");
    // "Lt Gen Thanawat Srisuk", "Councillor Tomas Reiter": the title belongs to the role.
    const { title, name: untitled } = splitTitle(name.split(/\s+/));
    const { portfolio, name: rest } = splitPortfolio(untitled);
    const office = [title, portfolio].filter(Boolean).join(" ");
    if (office)
      return { kind, text, name: rest.join(" "), role: role ? `${role} ${office}` : office, organization, head };
  }
  return { kind, text, name, role, organization, head };
}
