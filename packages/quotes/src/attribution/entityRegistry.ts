// People and organisations named in an article, in order, so that "he", "the ministry" or a bare
// surname can be resolved to the last fitting entity named before the quote.

import { agencyNames } from "../relevance/actorLexicon.ts";
import { findActors } from "../relevance/findActors.ts";
import type { Speaker } from "../types.ts";
import { companyNouns, groupWords, occupationNouns, orgWords, roleWords, titleWords } from "./nounLexicon.ts";
import {
  isDemonymNoun,
  isOrganisationName,
  isPublicationName,
  type ParsedMention,
  parseAppositive,
  parseMention,
} from "./parseMention.ts";
import { type Gender, genderOfDescription, genderOfFirstName, inferGenders } from "./personGender.ts";
import { firstFiniteVerb } from "./subject.ts";

export interface Entity {
  kind: "person" | "organization";
  name: string;
  role: string | null;
  organization: string | null;
  /** Lowercase words that describe it nearby ("media regulator", "messaging app"). */
  descriptors: string[];
  position: number;
  /** A country or city named as a place, never the "it" or "the company" of a quote. */
  place?: boolean;
  /** Named at the start of a sentence, the usual subject. */
  subject?: boolean;
}

/** First words of place names ("San Francisco", "Fort Worth", "New Delhi"), never of a person's. */
const placeStart = /^(?:San|Santa|Los|Las|Fort|Port|Mount|Lake|New|North|South|East|West|Saint|St\.?)$/;

const skipWords = new Set(
  "the a an in on at by for from with but and or if when after before as to yet so then now still even only just asked speaking enter ask meet consider under its his her their this that these those our we he she they it i critics users officials authorities residents mr ms mrs dr monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec meanwhile however later earlier still within hours days weeks across since until also there here what who why how some many most no one several while although though because whether so once".split(
    " ",
  ),
);

const notPersonWords = new Set(
  "day days week year years street road avenue square park hall house center centre city county province region state island river lake mountain valley cup league championship open award awards prize festival museum hotel airport station bridge tower church mosque temple school college academy hospital act bill law order war election elections day summit forum report index street times post news daily weekly journal magazine radio tv television channel press agency online media group club team fc stadium arena games olympics world north south east west central new".split(
    " ",
  ),
);

/** A source who is not to be named: "spoke on condition of anonymity", "asked not to be named". */
const anonymous =
  /\banonymity\b|\bnot to be (?:named|identified)\b|\bnot authori[sz]ed\b|\bdeclined to be (?:named|identified)\b/i;

const govLike = new Set(
  "ministry authority commission court office inspectorate parliament government agency regulator duma mazhilis kremlin cabinet council committee".split(
    " ",
  ),
);

// "E." in "Mary E. Lovely" is an initial inside the name.
const nameToken = String.raw`(?:(?<=[\p{Lu}][\p{Ll}]+ )[\p{Lu}]\.(?= [\p{Lu}][\p{Ll}])|[\p{Lu}][\p{L}\p{N}'’\-]*(?:\.[\p{Lu}]\.?)?)`;
const sequence = new RegExp(
  `${nameToken}(?:\\s+(?:(?:of|and|for|the|de|da|dos|van|von|bin|al)\\s+)*${nameToken})*`,
  "gu",
);

export class EntityRegistry {
  readonly entities: Entity[] = [];
  private text = "";
  private unquoted = "";
  private readonly acronyms = new Map<string, string>();

  /** Registers every person and organisation named outside the given quoted ranges. */
  scan(text: string, excluded: { start: number; end: number }[]): void {
    this.text = text;
    // "Telecommunications Regulatory Commission (TRC)": the short name stands for the long one.
    for (const m of text.matchAll(
      /([\p{Lu}][\p{L}'’-]*(?:\s+(?:of|and|for|the|on|[\p{Lu}][\p{L}'’-]*))*)\s+\(([\p{Lu}]{2,8})\)/gu,
    )) {
      const words = m[1]!.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
      const initials = words.map((w) => w[0]).join("");
      if (initials.endsWith(m[2]!) || initials.includes(m[2]!)) {
        const long = m[1]!.split(/\s+/);
        // Keep only the words the initials cover, from the first capital that starts them.
        const from = long.findIndex(
          (w, i) =>
            /^\p{Lu}/u.test(w) &&
            long
              .slice(i)
              .filter((x) => /^\p{Lu}/u.test(x))
              .map((x) => x[0])
              .join("") === m[2],
        );
        this.acronyms.set(m[2]!, (from >= 0 ? long.slice(from) : long).join(" "));
      }
    }
    // The reporter's words only: pronouns inside quotes speak of others ("my mom ... her head").
    const chars = text.split("");
    for (const r of excluded) chars.fill(" ", r.start, r.end);
    this.unquoted = chars.join("");
    const inQuote = new Uint8Array(text.length + 1);
    for (const r of excluded) inQuote.fill(1, r.start, r.end);
    for (const m of text.matchAll(sequence)) {
      const start = m.index ?? 0;
      if (inQuote[start]) continue;
      // Datelines ("ALMATY, Nov 23 (Wire) -") name a place, not an actor.
      if (/^[\p{Lu}\s-]{4,}$/u.test(m[0]) && /(?:^|\n)$/.test(text.slice(Math.max(0, start - 1), start))) continue;
      this.addSequence(text, m[0], start);
    }
  }

  /** Full-name persons by their first and last name, for "Balaeva" or "Budi" alone. */
  private readonly byNamePart = new Map<string, Entity[]>();

  add(entity: Entity): void {
    this.entities.push(entity);
    // "James P. Kennedy Jr." is "Kennedy" later.
    const parts = entity.name
      .toLowerCase()
      .split(/\s+/)
      .filter((p, i) => i === 0 || !/^(?:jr|sr|ii|iii|iv)\.?$/.test(p));
    // ("Prince Andrew" is "Andrew" later: a one-word name is indexed too.)
    if (entity.kind === "person" && (parts.length > 1 || entity.role))
      for (const part of new Set([parts[parts.length - 1]!, parts[0]!])) {
        const known = this.byNamePart.get(part) ?? [];
        // The same person again, or a longer reading of the same name, is not a new person.
        const same = (k: Entity) => entity.name.startsWith(k.name) || k.name.startsWith(entity.name);
        if (!known.some(same)) known.push(entity);
        this.byNamePart.set(part, known);
      }
  }

  /** The person a name or part of a name refers to, if one was introduced before the position. */
  private knownPerson(tokens: string[], position = Number.POSITIVE_INFINITY): Entity | undefined {
    if (tokens.length === 1) {
      const known = this.byNamePart.get(tokens[0]!.toLowerCase()) ?? [];
      // The first person introduced with that name wins: later readings are often worse
      // ("Hosting Cook" after "Tim Cook").
      const before = known.filter((e) => e.position < position);
      if (before.length > 1) {
        // "Ann Ford, his sister" after "John Ford": people sharing a name; the one named last is
        // meant, when that reading is a real first name (not "Hosting Cook").
        const latest = this.last(position, (e) => e.kind === "person" && before.some((k) => k.name === e.name));
        // ("Josh Apte" after "Joshua Apte" is the same man.)
        const first = (e: Entity) => e.name.split(/\s+/)[0]!.toLowerCase().slice(0, 3);
        if (latest && genderOfFirstName(latest.name) && first(latest) !== first(before[0]!))
          return before.find((k) => k.name === latest.name);
      }
      return before[0] ?? known[0];
    }
    const name = tokens.join(" ").toLowerCase();
    return this.entities.find(
      (e) =>
        e.kind === "person" &&
        (e.name.toLowerCase() === name || endsWithTokens(e.name.toLowerCase().split(/\s+/), tokens)),
    );
  }

  private addSequence(text: string, raw: string, start: number): void {
    // "in the Ahr Valley the Frühburgunder": a "the" right after a name (not "Lord of the Flies")
    // starts another phrase.
    const split = /(?<!\b(?:of|and|for|to|on|in|at))\s+the\s+(?=[\p{Lu}])/u.exec(raw);
    if (split && split.index > 0) {
      const rest = split.index + split[0].length;
      this.addSequence(text, raw.slice(0, split.index), start);
      this.addSequence(text, raw.slice(rest), start + rest);
      return;
    }
    let tokens = raw.split(/\s+/);
    let offset = start;
    // "Taking Archie outside is ...": a gerund opening the sentence is no part of the name after it.
    while (
      tokens.length &&
      (skipWords.has(tokens[0]!.toLowerCase()) ||
        (tokens.length > 1 && gerunds.test(tokens[0]!) && opensSentence(text, offset)))
    ) {
      offset += tokens[0]!.length + 1;
      tokens = tokens.slice(1);
    }
    while (tokens.length && /^(of|and|for|the)$/.test(tokens[tokens.length - 1]!)) tokens = tokens.slice(0, -1);
    if (!tokens.length) return;
    const hasOrgWord = tokens.some((t) => orgWords.has(t.toLowerCase()));
    const chunks = hasOrgWord ? [tokens] : splitOn(tokens, "and");
    // "John and Mary Smith": two first names sharing the surname after them.
    const [one, two] = chunks;
    if (
      chunks.length === 2 &&
      one!.length === 1 &&
      two!.length === 2 &&
      genderOfFirstName(`${one![0]} ${two![1]}`) &&
      genderOfFirstName(two!.join(" "))
    )
      chunks[0] = [one![0]!, two![1]!];
    // A name opening a sentence ("The Asia Internet Coalition ...") is usually its subject, and so
    // is one its speech verb follows (", Jim Cantrell, Vector's CEO, told NBC News").
    // ... and so is one right after an inverted speech verb (", said Ahmad Ijaz, an economist").
    // ("What Page was doing was ...": a name inside a clause that opens with a wh-word is not its subject.)
    const subject =
      (opensSentence(text, start) && !/^(?:What|Who|Why|How|Whether|Whatever|Where|Which)\s/.test(raw)) ||
      speaksNext(text.slice(start + raw.length, start + raw.length + 160)) ||
      (/,\s*$/.test(text.slice(Math.max(0, start - 3), start)) &&
        /^[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){1,3}$/u.test(raw) &&
        closesApposition(text.slice(start + raw.length, start + raw.length + 40))) ||
      /\b(?:said|says|added|adds|wrote|writes|explained|explains|noted|notes)\s+$/.test(
        text.slice(Math.max(0, start - 12), start),
      );
    for (const chunk of chunks) this.addChunk(text, chunk, offset, subject);
  }

  private addChunk(text: string, rawTokens: string[], position: number, subject: boolean): void {
    // "Whole Foods’ prices": a plural possessive keeps its name.
    const tokens = rawTokens.map((t) => t.replace(/(?<=s)['’]$/, ""));
    let owner: string | null = null;
    const possIndex = tokens.findIndex((t) => /['’]s$/.test(t));
    let words = tokens;
    if (possIndex >= 0 && possIndex < tokens.length - 1) {
      owner = tokens
        .slice(0, possIndex + 1)
        .join(" ")
        .replace(/['’]s$/, "");
      words = tokens.slice(possIndex + 1);
    } else if (possIndex === tokens.length - 1) {
      words = [...tokens.slice(0, -1), tokens[possIndex]!.replace(/['’]s$/, "")];
    }
    words = words.filter((w) => !/^(of|and|for|the)$/.test(w) || words.length > 1);
    // "ICT Zunaid Ahmed Palak": an acronym left over from a long title.
    if (words.length >= 3 && /^[\p{Lu}]{2,}$/u.test(words[0]!) && !isOrganisationName(words.slice(1)))
      words = words.slice(1);
    if (!words.length) return;
    const name = words.join(" ");
    const descriptors = descriptorsBefore(text, position);
    // "Brazilian Supreme Court Justice Alexandre de Moraes": a titled person despite the court.
    const titledName = words.length > 2 ? parseMention(words.join(" ")) : null;
    if (titledName?.kind === "person" && (titledName.role || titledName.organization) && titledName.name) {
      // "Liza Marcelo of the Philippine Internet Freedom Alliance": the organisation is named too.
      const orgAt = titledName.organization ? name.lastIndexOf(titledName.organization) : -1;
      if (orgAt > 0)
        this.add({
          kind: "organization",
          name: titledName.organization!,
          role: null,
          organization: null,
          descriptors: [],
          position: position + orgAt,
        });
      // "Dr Ronny Vale, the president's physician": the apposition describes the role too.
      const after = appositionAfter(text, position + rawTokens.join(" ").length);
      const described = after ? parseAppositive(after).role : null;
      this.add({
        kind: "person",
        name: titledName.name,
        role: [titledName.role, described].filter(Boolean).join(" ") || null,
        organization: titledName.organization ?? owner,
        descriptors,
        position,
        subject,
      });
      return;
    }
    // "Elon Musk's X": the owner is a person too.
    // (Not "Santa Barbara’s University of California": a place owns things too.)
    if (
      owner &&
      owner.split(/\s+/).length >= 2 &&
      !isOrganisationName(owner.split(/\s+/)) &&
      !isPlace(owner.split(/\s+/)) &&
      !placeStart.test(owner.split(/\s+/)[0]!)
    ) {
      this.add({ kind: "person", name: owner, role: null, organization: null, descriptors: [], position, subject });
    }
    // "the digital rights group Access Now": a name right after an organisation noun is an organisation.
    if (
      isOrganisationName(words) ||
      (descriptors[0] !== undefined &&
        (orgWords.has(descriptors[0]) || companyNouns.has(descriptors[0])) &&
        // "the record label Big Machine", "The group, WeWorkers Coalition", not "a setback for a
        // space company, Jim Cantrell".
        !(
          /,\s*$/.test(text.slice(Math.max(0, position - 3), position)) && indefiniteBefore(text, position, descriptors)
        )) ||
      describedAsCompany(text, position, position + rawTokens.join(" ").length)
    ) {
      const place = isPlace(words);
      this.add({ kind: "organization", name, role: null, organization: owner, descriptors, position, place, subject });
      return;
    }
    // "Van Der Beek" after "James Van Der Beek": the person introduced earlier.
    const knownByTail = words.length > 1 ? this.knownPerson(words, position) : undefined;
    if (knownByTail && knownByTail.name !== name) {
      this.add({ ...knownByTail, position, subject });
      return;
    }
    if (words.length === 1) {
      // A surname alone names the person introduced earlier ("Musk responded within hours").
      const known = this.knownPerson(words, position);
      if (known) this.add({ ...known, position, subject });
      else {
        // "Fran worried that ..." before "Fran Finney" is named: a first name the article completes later.
        const later = this.fullNameLater(text, words[0]!, position) ?? this.firstNameOnly(text, words[0]!);
        if (later)
          this.add({
            kind: "person",
            name: later,
            role: null,
            organization: null,
            descriptors: descriptorsBefore(text, position),
            position,
            subject,
          });
      }
      return;
    }
    if (words.every((w) => roleWords.has(w.toLowerCase()))) return;
    // "a Go-Kart Track", "the Dragon Waiting": a name after an article is a thing, not a person.
    if (/\b(?:a|an|the|A|An|The)\s+$/.test(text.slice(Math.max(0, position - 4), position))) return;
    // "Web of Angels", "Lord of the Flies": a lowercase word inside is no personal name.
    if (words.some((w, i) => i > 0 && /^(?:of|the|for|and)$/.test(w))) return;
    // "Election Day", "Main Street", "World Cup": capitalised, but not a person.
    if (words.some((w) => notPersonWords.has(w.toLowerCase()))) return;
    // "San Francisco", "Fort Worth", "New Delhi": a place, not a person.
    if (placeStart.test(words[0]!)) return;
    // Only the run of title words right before the name ("Meta spokesperson"), not a clause
    // ("President-elect Donald Trump has named Kellyanne Conway": "has named" ends it).
    const before5 = wordsBefore(text, position, 5, true);
    let cut = before5.length;
    while (cut > 0) {
      const w = before5[cut - 1]!;
      const bare = w.toLowerCase().replace(/['’]s$/, "");
      if (/^[\p{Lu}]/u.test(w) || roleWords.has(bare) || occupationNouns.has(bare) || /^(?:of|the|and|for)$/.test(w))
        cut--;
      else break;
    }
    const left = before5.slice(cut);
    const parsed = parseMention([...left, ...(owner ? [`${owner}'s`] : []), ...words].join(" "));
    const after = appositionAfter(text, position + rawTokens.join(" ").length);
    const described = after ? parseAppositive(after) : { role: null, organization: null };
    // The words before the name count only when they end in a role ("Meta spokesperson Ben McConaghy").
    const titled = parsed?.kind === "person" && parsed.role ? parsed : null;
    this.add({
      kind: "person",
      name: titled?.name ?? name,
      role: titled?.role ?? described.role,
      organization: titled?.organization ?? described.organization ?? owner,
      descriptors,
      position,
      subject,
    });
  }

  /** The last person named before a position, optionally with a role containing `role`. */
  lastPerson(position: number, role?: string): Entity | undefined {
    return this.last(position, (e) => e.kind === "person" && (!role || roleMatches(e.role, role)));
  }

  lastOrganization(position: number, test: (e: Entity) => boolean = () => true): Entity | undefined {
    return this.last(position, (e) => e.kind === "organization" && test(e));
  }

  /**
   * The person a definite description means: the last one given that role, else the person the last
   * sentences were about, else the last person named as neither owner nor hearer.
   */
  private describedPerson(
    position: number,
    head: string,
    also: (e: Entity) => boolean = () => true,
  ): Entity | undefined {
    const other = oppositeGender(genderOfDescription(head));
    // ("historian Anne Applebaum ... the prime minister said": someone known by another office is not it.)
    const described = (o: Entity) =>
      [o.role ?? "", ...o.descriptors]
        .join(" ")
        .toLowerCase()
        .split(/\s+/)
        .filter((w) => w.length > 1);
    const otherOffice = (e: Entity) => {
      // (A generic head, "the Pentagon chief", fits any office: "Defense Secretary Robert Gates".)
      if (!roleWords.has(head) || /^(?:chief|head|boss|leader|official|executive|officer|director)$/.test(head))
        return false;
      const words = this.entities.filter((o) => o.name === e.name).flatMap(described);
      // (Offices and titles only: a "billionaire" may still be "the former mayor".)
      const known = words.filter((w) => roleWords.has(w) || titleWords.has(w));
      return known.length > 0 && !words.some((w) => w.includes(head));
    };
    const fits = (e: Entity) =>
      e.kind === "person" && (!other || this.genderOf(e.name) !== other) && also(e) && !otherOffice(e);
    return (
      (head ? this.lastWithRole(position, head, fits) : undefined) ??
      this.last(
        position,
        (e) =>
          fits(e) && e.subject === true && e.position >= this.previousSentenceStart(position) && !this.isPossessive(e),
      ) ??
      this.protagonist(position, fits) ??
      this.last(position, (e) => fits(e) && !this.isPossessiveOrObject(e))
    );
  }

  /** The last unnamed person of a gender introduced between two positions ("one mother", "an elderly man"). */
  private unnamedPersonBefore(
    gender: Gender,
    position: number,
    from: number,
  ): { phrase: string; at: number } | undefined {
    const nouns =
      gender === "female"
        ? "woman|mother|girl|wife|grandmother|daughter|sister|widow|lady|mum|mom"
        : "man|father|boy|husband|grandfather|son|brother|widower|gentleman|dad";
    const pattern = new RegExp(
      String.raw`\b(?:a|an|one|another)\s+(?:[\p{Ll}\d-]+\s+){0,2}?(?:${nouns})\b(?!['’])`,
      "gu",
    );
    const found = this.lastUnquotedMatch(pattern, Math.max(from, position - 1500), position);
    return found ? { phrase: found[0], at: found.at } : undefined;
  }

  /** The last "her husband" ("her husband, Arun,") of a gender within 1,500 characters before a position. */
  private relativeBefore(gender: Gender, position: number): Speaker | undefined {
    const nouns =
      gender === "male"
        ? "husband|son|father|brother|boyfriend|dad|grandfather|uncle"
        : "wife|daughter|mother|sister|girlfriend|mom|mum|grandmother|aunt";
    const pattern = new RegExp(
      String.raw`\b([Hh]is|[Hh]er|[Tt]heir)\s+(${nouns})(?:,\s+([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)?),)?`,
      "gu",
    );
    const found = this.lastUnquotedMatch(pattern, Math.max(0, position - 1500), position);
    if (!found) return undefined;
    if (found[3]) return { name: found[3], role: found[2]!, organization: null };
    return this.relativeOf(parseMention(`${found[1]!.toLowerCase()} ${found[2]}`)!, found.at) ?? undefined;
  }

  /** The last match of a global pattern in the reporter's words between two positions, with its offset. */
  private lastUnquotedMatch(pattern: RegExp, from: number, to: number): (RegExpExecArray & { at: number }) | undefined {
    const found = [...this.unquoted.slice(from, to).matchAll(pattern)].pop();
    return found ? Object.assign(found, { at: from + found.index! }) : undefined;
  }

  /** Of the people given a role before a position, the one named last (by any mention). */
  private lastWithRole(position: number, head: string, fits: (e: Entity) => boolean): Entity | undefined {
    // ("the president" is "President Trump" before "John Williams, the president of the New York Fed".)
    const ofSomething = new RegExp(String.raw`\b${head}\s+(?:of|at|for)\b`, "i");
    const qualified = (e: Entity) =>
      ofSomething.test(e.role ?? "") ||
      ofSomething.test(this.text.slice(e.position, e.position + 80).split(/[.;]/)[0]!);
    const named = (test: (e: Entity) => boolean) =>
      new Set(this.entities.filter((e) => e.position < position && fits(e) && test(e)).map((e) => e.name));
    let holders = named((e) => this.titledAs(e, head) || (roleMatches(e.role, head) && !qualified(e)));
    if (holders.size === 0) holders = named((e) => roleMatches(e.role, head));
    return this.last(position, (e) => holders.has(e.name));
  }

  /** Named after a title meaning `head` ("Republican Gov. Eric Holcomb" for "the governor"). */
  private titledAs(e: Entity, head: string): boolean {
    const before = this.text.slice(Math.max(0, e.position - 30), e.position).toLowerCase();
    const title = /([a-z]+)\.?\s+$/.exec(before)?.[1];
    return title !== undefined && (title === head || abbreviatedTitles[title] === head);
  }

  private sentenceStarts: number[] | null = null;

  /** Where the sentence before the one holding a position starts (sentence ends found once per text). */
  private previousSentenceStart(position: number): number {
    this.sentenceStarts ??= [...this.text.matchAll(/[.!?]["”’]?\s+/g)].map((m) => m.index! + m[0].length);
    let before = 0; // how many sentence ends come before the position
    while (before < this.sentenceStarts.length && this.sentenceStarts[before]! <= position) before++;
    return before >= 2 ? this.sentenceStarts[before - 2]! : 0;
  }

  /**
   * The person the story is about so far: named most often before a position (at least twice), the
   * earliest named of a tie. "The Portuguese boss", "the 56-year-old" with no one just named mean them.
   */
  private protagonist(position: number, fits: (e: Entity) => boolean): Entity | undefined {
    const counts = new Map<string, { first: Entity; n: number }>();
    for (const e of this.entities) {
      if (e.position >= position || !fits(e)) continue;
      const c = counts.get(e.name) ?? { first: e, n: 0 };
      c.n++;
      counts.set(e.name, c);
    }
    const ranked = [...counts.values()].sort((a, b) => b.n - a.n || a.first.position - b.first.position);
    return ranked[0] && ranked[0].n >= 2 ? ranked[0].first : undefined;
  }

  /** An age the article gives a person where it names them: "Pochettino, 47, had", "the 56-year-old Mourinho". */
  private ageOf(e: Entity): string | undefined {
    const after = /^[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3},\s*(\d{1,3})\s*[,)]/u.exec(
      this.text.slice(e.position, e.position + 80),
    );
    if (after) return after[1];
    return /(\d{1,3})-year-old\s+(?:[\p{Ll}-]+\s+){0,2}$/u.exec(
      this.text.slice(Math.max(0, e.position - 40), e.position),
    )?.[1];
  }

  /** The last person named as a subject (not as an owner) within `distance` characters before a position. */
  private subjectPersonWithin(position: number, distance: number): Entity | undefined {
    return this.last(
      position,
      (e) => e.kind === "person" && e.subject === true && position - e.position < distance && !this.isPossessive(e),
    );
  }

  /** The person named as the subject of the text between two positions (a sentence), if any. */
  subjectPersonBetween(start: number, end: number): Speaker | null {
    return toSpeaker(
      // ("Bolger’s lawyer, Jeremy Robinson, had ...": an owner opening the sentence gives way to the
      // person named as the subject after it; "Swift's rep told ..." stays Swift's.)
      this.entities.find(
        (e) => e.kind === "person" && e.subject && e.position >= start && e.position < end && !this.isPossessive(e),
      ) ?? this.entities.find((e) => e.kind === "person" && e.subject && e.position >= start && e.position < end),
    );
  }

  private last(position: number, test: (e: Entity) => boolean): Entity | undefined {
    let best: Entity | undefined;
    for (const e of this.entities)
      if (e.position < position && test(e) && (!best || e.position >= best.position)) best = e;
    return best;
  }

  /** Resolves a parsed speaker mention at a position to a canonical speaker. */
  resolve(mention: ParsedMention, position: number): Speaker | null {
    switch (mention.kind) {
      case "pronoun":
        return this.resolvePronoun(mention.head ?? "", position);
      case "person":
        return this.resolveName(mention, position);
      case "organization":
        return this.resolveOrganization(mention, position);
      case "document": {
        const owner = mention.organization ?? this.lastOrganization(position, isGovLike)?.name ?? null;
        return { name: mention.name ?? mention.text, role: null, organization: owner };
      }
      case "group": {
        const relative = this.relativeOf(mention, position);
        if (relative) return relative;
        // "the source said" after "a source inside the camp ... said": the unnamed person met before.
        const met = /^the\s/i.test(mention.text) ? this.lastPerson(position, mention.head ?? "") : undefined;
        if (met) return toSpeaker(met);
        return { name: mention.name ?? mention.text, role: null, organization: mention.organization };
      }
      case "description":
        return this.resolveDescription(mention, position);
    }
  }

  private genders: Map<string, Gender | null> | null = null;

  /** The gender of a person as the article shows it, inferred once all names are known. */
  genderOf(name: string): Gender | undefined {
    this.genders ??= inferGenders(
      this.unquoted,
      this.entities
        .filter((e) => e.kind === "person")
        .map((e) => ({ name: e.name, position: e.position, description: [e.role ?? "", ...e.descriptors].join(" ") })),
    );
    const inferred = this.genders.get(name);
    return inferred === undefined ? (genderOfFirstName(name) ?? undefined) : (inferred ?? undefined);
  }

  /**
   * "Parise’s penchant", "Cook told Benioff": a person named as an owner or as the hearer is seldom
   * the "he" who speaks next; the subject named before is.
   */
  private isPossessiveOrObject(e: Entity): boolean {
    if (this.isPossessive(e)) return true;
    // ... and "in San Francisco": a place read as a name.
    return /\b(?:told|tells|telling|asked|asks|thanked|thanks|by|with|to|about|in|at|from|near|of|for)\s+$/i.test(
      this.text.slice(Math.max(0, e.position - 12), e.position),
    );
  }

  /** Named as an owner where it stands ("McDonald’s cameo" for Michael McDonald, "Trump's inauguration"). */
  private isPossessive(e: Entity): boolean {
    const surface =
      /^[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)*/u.exec(this.text.slice(e.position, e.position + 80))?.[0] ??
      "";
    return /['’]s?$/.test(surface) && /['’]/.test(surface.slice(-2));
  }

  private isMedium(e: Entity): boolean {
    return /\b(?:on|via|in|to|from)\s+$/i.test(this.text.slice(Math.max(0, e.position - 6), e.position));
  }

  private resolvePronoun(pronoun: string, position: number): Speaker | null {
    // "she said" skips the men named since: the last person of the pronoun's gender, or of none known.
    if (pronoun === "he" || pronoun === "she") {
      const other: Gender = pronoun === "he" ? "female" : "male";
      const fits = (e: Entity) => e.kind === "person" && this.genderOf(e.name) !== other;
      const fitting =
        this.last(
          position,
          (e) => fits(e) && e.subject === true && position - e.position < 800 && !this.isPossessive(e),
        ) ??
        this.last(position, (e) => fits(e) && !this.isPossessiveOrObject(e)) ??
        this.last(position, fits);
      // "We spoke to one mother, who ... “...,” she said": an unnamed woman met in the last
      // sentences, when no woman is named there, is the "she".
      const near = this.previousSentenceStart(position);
      const unnamed = this.unnamedPersonBefore(pronoun === "he" ? "male" : "female", position, fitting ? near : 0);
      // (Not "Alvarez told ... He says officers found a man bleeding. He says": a "he" since the name keeps it.)
      const kept =
        fitting &&
        (fitting.position >= near ||
          new RegExp(String.raw`\b${pronoun}\b`, "i").test(
            this.unquoted.slice(fitting.position, unnamed ? unnamed.at : position),
          ));
      if (unnamed && !kept) return { name: unnamed.phrase, role: null, organization: null };
      // "Her husband, Arun, handles the accounts. “...,” he says": with no one of the pronoun's
      // gender named, a relative of that gender met in the last sentences.
      const relative = fitting ? undefined : this.relativeBefore(pronoun === "he" ? "male" : "female", position);
      if (relative) return relative;
      return toSpeaker(fitting ?? this.lastPerson(position));
    }
    if (pronoun === "i") return toSpeaker(this.interviewee(position) ?? this.lastPerson(position));
    // "We called it ..." in the reporter's own words: the outlet writing, which the text does not name.
    if (pronoun === "we") return { name: "we", role: null, organization: null };
    // "it" / "they": the organisation last named as a subject, else one not named as a medium
    // ("posted on Twitter", "told Reuters").
    const org = (e: Entity) => e.kind === "organization" && !e.place;
    return toSpeaker(
      this.last(position, (e) => org(e) && e.subject === true && position - e.position < 800) ??
        this.last(position, (e) => org(e) && !this.isPossessiveOrObject(e) && !this.isMedium(e)) ??
        this.lastOrganization(position, (e) => !e.place) ??
        this.lastPerson(position),
    );
  }

  /**
   * "Meghan", "Harry": a person the article only ever calls by a known first name (used alone at least
   * twice, never completed by a surname). Words that are also months or virtues are left alone.
   */
  private firstNameOnly(text: string, word: string): string | null {
    if (!genderOfFirstName(`${word} X`) || ambiguousFirstNames.test(word)) return null;
    // ("You", "My": a word the text also writes in lowercase is a word, not a name.)
    // (Nor "the Ledger": a name after "the" is a thing.)
    if (new RegExp(String.raw`\b${word.toLowerCase()}\b|\b[Tt]he\s+${word}\b`).test(text)) return null;
    const alone = text.match(new RegExp(String.raw`\b${word}\b(?![ \t]+[\p{Lu}])(?!['’]s\s+[\p{Lu}])`, "gu")) ?? [];
    const completed = new RegExp(String.raw`\b${word}[ \t]+[\p{Lu}][\p{Ll}]`, "u").test(text);
    return alone.length >= 2 && !completed ? word : null;
  }

  /** The one full name the text gives later to a first name used alone, if the first name is a known one. */
  private fullNameLater(text: string, first: string, position: number): string | null {
    if (!genderOfFirstName(`${first} X`)) return null;
    const surnames = new Set<string>();
    const pattern = new RegExp(String.raw`\b${first}\s+([\p{Lu}][\p{L}'’-]+)\b`, "gu");
    pattern.lastIndex = position + first.length;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) surnames.add(m[1]!.replace(/['’]s?$/, ""));
    if (surnames.size !== 1) return null;
    const surname = [...surnames][0]!;
    // ("Hal Finney ... Fran ... Fran Finney": the surname may be known; the pair must read as a name.)
    if (orgWords.has(surname.toLowerCase()) || skipWords.has(surname.toLowerCase())) return null;
    return `${first} ${surname}`;
  }

  /**
   * "OW I did it every time.": in a Q&A whose answers open with the speaker's initials, "I" is the
   * person named in the article whose initials those are.
   */
  interviewee(position: number): Entity | undefined {
    const paragraphStart = this.text.lastIndexOf("\n", position) + 1;
    const initials = /^([\p{Lu}]{2,3})\s+(?=[\p{Lu}"“(])/u.exec(this.text.slice(paragraphStart, position))?.[1];
    if (!initials) return undefined;
    return this.last(
      position,
      (e) =>
        e.kind === "person" &&
        e.name
          .split(/\s+/)
          .map((w) => w[0])
          .join("") === initials,
    );
  }

  private resolveName(mention: ParsedMention, position: number): Speaker {
    const name = mention.name ?? mention.text;
    const tokens = name.split(/\s+/);
    const surname = tokens[tokens.length - 1]!.toLowerCase();
    // "Mr. Smith" after "John and Mary Smith": the honorific's gender picks among those sharing a surname.
    const honorific = /^(?:(Mr|Sir|Lord)|(Mrs|Ms|Miss|Dame|Lady))\.?\s/.exec(mention.text.trim());
    if (honorific && tokens.length === 1) {
      const other: Gender = honorific[1] ? "female" : "male";
      const namesake = this.last(
        position,
        (e) =>
          e.kind === "person" &&
          e.name.toLowerCase().split(/\s+/).pop() === surname &&
          e.name.includes(" ") &&
          this.genderOf(e.name) !== other,
      );
      const sharing = new Set(
        this.entities
          .filter(
            (e) => e.kind === "person" && e.name.toLowerCase().split(/\s+/).pop() === surname && e.name.includes(" "),
          )
          .map((e) => e.name),
      );
      if (namesake && sharing.size > 1) return toSpeaker(namesake)!;
    }
    // "Balaeva" or "Inman Grant" for the full name; "Budi" for "Budi Arie Setiadi" (first names too).
    const known = this.knownPerson(tokens, position);
    if (known) {
      return {
        name: known.name.length >= name.length ? known.name : name,
        role: mention.role ?? known.role,
        organization: mention.organization ?? known.organization,
      };
    }
    if (tokens.length === 1) {
      const org = this.entities.find((e) => e.kind === "organization" && e.name.toLowerCase() === surname);
      if (org) return toSpeaker(org)!;
    }
    return { name, role: mention.role, organization: mention.organization };
  }

  private resolveOrganization(mention: ParsedMention, position: number): Speaker {
    const name = mention.name ?? mention.text;
    // "the Pentagon chief said", "the Verizon executive added": one leader of the organisation, the
    // person the last sentences were about.
    if (
      /^(?:chief|head|boss|executive|director|minister|secretary|chairman|chairwoman|president|leader|founder|senator|mp|governor|mayor|lawmaker|congressman|congresswoman)$/.test(
        mention.role ?? "",
      ) &&
      /^the\s/i.test(mention.text)
    ) {
      const person = this.subjectPersonWithin(position, 1500);
      if (person) return toSpeaker(person)!;
    }
    // "The TRC" after "the Telecommunications Regulatory Commission (TRC)".
    const expanded = this.acronyms.get(name);
    if (expanded) return { name: expanded, role: null, organization: mention.organization };
    const known = this.lastOrganization(position + 1, (e) => e.name.toLowerCase() === name.toLowerCase());
    if (!known && !name.includes(" ")) {
      // "the Commission" after "the European Commission".
      const longer = this.lastOrganization(position, (e) => e.name.toLowerCase().endsWith(` ${name.toLowerCase()}`));
      if (longer) return { name: longer.name, role: null, organization: mention.organization ?? longer.organization };
    }
    return { name, role: null, organization: mention.organization ?? known?.organization ?? null };
  }

  /** "her mother will say", "his lawyers maintain": someone known through the person the pronoun means. */
  private relativeOf(mention: ParsedMention, position: number): Speaker | null {
    const kin =
      /^(his|her)\s+(mother|father|wife|husband|son|daughter|brother|sister|aunt|uncle|grandmother|grandfather|mom|dad|parents|lawyer|lawyers|attorney|attorneys|agent|friend|boss|partner|spokesman|spokeswoman|spokesperson|office|campaign|publicist|rep|aides|aide|family)$/i.exec(
        mention.text.trim(),
      );
    if (!kin) return null;
    const owner = this.resolvePronoun(kin[1]!.toLowerCase() === "his" ? "he" : "she", position);
    const noun = kin[2]!.toLowerCase();
    return owner ? { name: `${owner.name}'s ${noun}`, role: noun, organization: null } : null;
  }

  private resolveDescription(mention: ParsedMention, position: number): Speaker {
    const relative = this.relativeOf(mention, position);
    if (relative) return relative;
    // "FC Kairat have signed Lopes, the club said": an organisation opening the same sentence is the
    // "the club", "the office", "the regulator" that reports it.
    const head = mention.head ?? "";
    const state = /^(?:ministry|office|regulator|authority|commission|agency|department|watchdog|government)$/.test(
      head,
    );
    const firm = companyNouns.has(head) || /^(?:club|team)$/.test(head);
    if (/^the\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+$/u.test(mention.text.trim()) && (state || firm)) {
      const govLike = (e: Entity) => isGovLike(e) || agencyNames.has(e.name.toLowerCase());
      const opener = this.entities.find(
        (e) =>
          e.kind === "organization" &&
          !e.place &&
          e.position < position &&
          position - e.position < 400 &&
          !/[.!?]\s/.test(this.text.slice(e.position, position)) &&
          (state ? govLike(e) : !govLike(e) && findActors(e.name).governments.length === 0),
      );
      if (opener) return toSpeaker(opener)!;
    }
    const described = this.resolveDescriptionBefore(mention, position);
    if (described.name !== (mention.name ?? mention.text)) return described;
    return toSpeaker(this.namedNext(mention, position) ?? this.bodyNamedNext(mention, position)) ?? described;
  }

  /**
   * "Malaysia will require a licence, the communications regulator said ... / ... the Malaysian
   * Communications and Multimedia Commission": a state body described in the lead and named later,
   * sharing a word of the description.
   */
  private bodyNamedNext(mention: ParsedMention, position: number): Entity | undefined {
    const words = mention.text
      .toLowerCase()
      .replace(/['’]s\b/g, "")
      .split(/\s+/);
    const head = words[words.length - 1] ?? "";
    if (!/^(?:ministry|regulator|authority|commission|agency|department|office|watchdog)$/.test(head)) return undefined;
    const stem = (w: string) => w.replace(/s$/, "");
    const modifiers = words
      .slice(0, -1)
      .filter((w) => !/^(?:the|a|an|its|their|country|national|state)$/.test(w))
      .map(stem);
    if (!modifiers.length) return undefined;
    // ("Russia's foreign ministry" is not the "British Foreign Office" named later.)
    const owner = findActors(mention.text).governments;
    const later = this.entities.filter(
      (e) =>
        e.kind === "organization" &&
        !e.place &&
        isGovLike(e) &&
        findActors(`${e.organization ?? ""} ${e.name}`).governments.every(
          (g) => owner.length === 0 || owner.includes(g),
        ) &&
        e.position > position &&
        e.position - position < 2000 &&
        e.name
          .toLowerCase()
          .split(/\s+/)
          .some((w) => modifiers.includes(stem(w))),
    );
    // "the information ministry" is the "Ministry of Information ..." before any other body with "information".
    return later.find((e) => e.name.toLowerCase().split(/\s+/).includes(head)) ?? later[0];
  }

  /**
   * "The head of Serbia's cybercrime police said ... / ... Dragan Markovic, who leads the cybercrime
   * department, told ...": a person described first and named just after. Taken when the description
   * opens the story (its first paragraph) or shares a word with what follows the name, and the person
   * is named in the same or the next paragraph.
   */
  private namedNext(mention: ParsedMention, position: number): Entity | undefined {
    // "The head of Serbia's police", "A member of Kazakhstan's lower house": the role opens the phrase.
    const lead = /^(?:the|a|an)\s+(\p{L}+)\s+of\s/iu.exec(mention.text)?.[1]?.toLowerCase();
    const head = lead && roleWords.has(lead) ? lead : (mention.head ?? "");
    // "Mongolia's communications regulator" is an institution, not a person to be named.
    if (!roleWords.has(head) || groupWords.has(head) || orgWords.has(head)) return undefined;
    // "One resident said ... Another resident, Omar Haddad": "one" of several, not the one named next.
    if (/^(?:one|another)\s/i.test(mention.text.trim())) return undefined;
    // A name in the speaker's own sentence is what was said about ("the minister said Elon Musk's X
    // ..."), and a source who asked not to be named is not the next person named.
    const sentenceEnd = /[.!?]["”’]?\s/.exec(this.text.slice(position));
    const ownSentence = this.text.slice(position, position + (sentenceEnd?.index ?? 0));
    if (!sentenceEnd || anonymous.test(ownSentence)) return undefined;
    // "A prosecutor told the court ... / ... the prosecutor, Carla Mamani, said": the article names
    // the same role outright later, however far.
    const apposed = new RegExp(
      String.raw`\bthe\s+(?:\p{Ll}+\s+){0,2}${head},\s+([\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+)+),`,
      "u",
    ).exec(this.text.slice(position + sentenceEnd.index, position + 4000));
    if (apposed) {
      const at = position + sentenceEnd.index + apposed.index + apposed[0].indexOf(apposed[1]!);
      const named = this.entities.find((e) => e.kind === "person" && e.position === at);
      if (named) return named;
    }
    const next = this.entities.find((e) => e.position > position + sentenceEnd.index && e.kind === "person");
    if (!next) return undefined;
    const between = this.text.slice(position, next.position);
    if ((between.match(/\n\s*\n/g) ?? []).length > 1) return undefined;
    const inLead = !/\n\s*\n/.test(this.text.slice(0, position));
    if (inLead) return next;
    const content = (s: string) =>
      new Set(
        s
          .toLowerCase()
          .split(/[^\p{L}]+/u)
          .filter((w) => w.length > 3 && !skipWords.has(w) && w !== head),
      );
    const words = content(mention.text);
    const around = content(this.text.slice(next.position, next.position + 160).split(/[.!?]/)[0] ?? "");
    return [...words].some((w) => around.has(w)) ? next : undefined;
  }

  private resolveDescriptionBefore(mention: ParsedMention, position: number): Speaker {
    const head = mention.head ?? "";
    const fallback: Speaker = { name: mention.name ?? mention.text, role: null, organization: mention.organization };
    // "a company spokesperson", "a ministry official": the speaker's organisation is described.
    const words = (mention.name ?? "").toLowerCase().split(/\s+/);
    const headIndex = words.indexOf(head);
    // "the former Chelsea manager", "the Tottenham boss", "the veteran Labour MP": a definite
    // description of one person someone already named; its name modifier is where they work.
    const demonym = /^[Tt]he\s+([\p{Lu}]\p{L}+)$/u.exec(mention.text.trim())?.[1];
    if (
      (demonym && isDemonymNoun(demonym)) ||
      (personDescription.test(mention.text.trim()) && (individualHeads.has(head) || occupationNouns.has(head)))
    ) {
      const person = this.describedPerson(position, head);
      if (person) return toSpeaker(person)!;
      // An office nobody named fits ("the prime minister" after "historian Anne Applebaum") stays unnamed.
      if (roleWords.has(head) && /^the\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+$/iu.test(mention.text.trim())) return fallback;
    }
    // (A spokesperson speaks as the organisation; "a police official" stays a person of it.)
    if (roleWords.has(head) && headIndex > 0) {
      const modifier = words[headIndex - 1]!;
      const org = this.resolveDescriptionBefore(
        { ...mention, text: modifier, name: modifier, head: modifier },
        position,
      );
      if (org.name !== modifier && /^(?:spokes|representative)/.test(head))
        return { name: org.name, role: head, organization: org.organization };
      if (org.name !== modifier) return { name: fallback.name, role: head, organization: org.name };
    }
    // "A spokesperson for the British Foreign Office": the organisation speaks.
    const forOrganisation = /^spokes/.test(head)
      ? /\b(?:for|of|at)\s+(?:the\s+)?([\p{Lu}][\p{L}'’.-]*(?:\s+(?:of|and|for|the|[\p{Lu}][\p{L}'’.-]*))*)$/u.exec(
          mention.text,
        )
      : null;
    if (forOrganisation) return { name: forOrganisation[1]!, role: head, organization: null };
    // "one legal expert", "an analyst": a new, unnamed speaker, not someone named before.
    if (/^(?:a|an|one|another|some)\s/i.test(mention.text.trim())) return fallback;
    if (
      /^(company|firm|platform|giant|app|service|messenger|network|owner|operator|group|organisation|organization|body|association|alliance|coalition)$/.test(
        head,
      )
    ) {
      // (Not "US" of "US politicians": a state is no company.)
      // (Nor a newspaper the story cites: "told The New York Times".)
      const company = (e: Entity) =>
        !isGovLike(e) &&
        !e.place &&
        findActors(e.name).governments.length === 0 &&
        !isPublicationName(e.name.split(/\s+/));
      const found =
        // "The group, WeWorkers Coalition, ...": the organisation the article described with this noun.
        this.lastOrganization(position, (e) => e.descriptors[0] === head && !e.place && position - e.position < 1500) ??
        this.lastOrganization(position, (e) => company(e) && e.subject === true && position - e.position < 1500) ??
        this.lastOrganization(position, company);
      return toSpeaker(found) ?? fallback;
    }
    const match =
      this.lastOrganization(position, (e) => e.name.toLowerCase().split(/\s+/).includes(head)) ??
      this.lastOrganization(position, (e) => e.descriptors.includes(head));
    if (match) return toSpeaker(match)!;
    // "The regulator has said": the state body named last ("the Malaysian Communications and Multimedia Commission").
    if (/^(?:regulator|watchdog)$/.test(head)) {
      const body = this.lastOrganization(position, (e) => isGovLike(e) && !e.place);
      if (body) return toSpeaker(body)!;
    }
    // "CBP announced ... At the time, the agency said": a body noun is the organisation the last
    // sentences were about.
    if (/^the\s+(?:agency|department|ministry|authority|bureau|service|office)$/i.test(mention.text.trim())) {
      // (Not "The SLS has been ...": a name after "the" is a thing more often than a body.)
      const body = this.lastOrganization(
        position,
        (e) =>
          !e.place &&
          e.subject === true &&
          position - e.position < 600 &&
          !/\bthe\s+$/i.test(this.text.slice(Math.max(0, e.position - 4), e.position)),
      );
      if (body) return toSpeaker(body)!;
    }
    if (roleWords.has(head)) {
      const person = this.lastPerson(position, head);
      const org = this.lastOrganization(position, (e) => e.descriptors.includes(head));
      const best = person && (!org || person.position > org.position) ? person : org;
      // "Chris Grayling warned ... Speaking in the Commons, the Conservative MP said": a definite
      // role the article never gave anyone is the person the last sentences were about.
      const about =
        !best && !mention.organization && /^the\s/i.test(mention.text.trim()) && !/^spokes/.test(head)
          ? this.subjectPersonWithin(position, 400)
          : undefined;
      return toSpeaker(best ?? about) ?? fallback;
    }
    // "the actor said": a person described by occupation is the last one named who fits.
    // ('the "Pose" actor', "the Hollywood actor": a modifier may stand between.)
    // "The 56-year-old said", "the 45-year-old father-of-two added".
    const aged = /^the\s+(\d+)-year-old(?:\s+([\p{Ll}-]+))?$/iu.exec(mention.text.trim());
    const age = aged?.[1];
    if (age) {
      const person =
        this.last(position, (e) => e.kind === "person" && this.ageOf(e) === age) ??
        this.describedPerson(position, aged[2] ?? "", (e) => this.ageOf(e) === undefined);
      if (person) return toSpeaker(person)!;
    }
    const ageOnly = age !== undefined;
    if (
      ageOnly ||
      (/^[Tt]he\s+(?:["“]?[\p{Lu}][\p{L}]*["”]?\s+){0,2}\p{Ll}+$/u.test(mention.text) && occupationNouns.has(head))
    ) {
      const other = oppositeGender(genderOfDescription(head));
      const fits = (e: Entity) => e.kind === "person" && (!other || this.genderOf(e.name) !== other);
      const person =
        this.last(position, (e) => fits(e) && roleMatches(e.role, head)) ??
        this.last(position, (e) => fits(e) && !this.isPossessiveOrObject(e));
      return toSpeaker(person) ?? fallback;
    }
    // "Meta's office responsible for Central Asia": the platform speaks.
    if (mention.organization && findActors(mention.organization).platforms.length > 0) {
      return { name: mention.organization, role: fallback.name, organization: mention.organization };
    }
    return fallback;
  }
}

/** "Inman Grant" names "Julie Inman Grant"; "Balaeva" names "Aida Balaeva". */
function endsWithTokens(full: string[], tail: string[]): boolean {
  if (tail.length >= full.length) return false;
  return tail.every((t, i) => full[full.length - tail.length + i] === t.toLowerCase());
}

/** First names that are also common words: never a person on their own. */
const ambiguousFirstNames =
  /^(?:Will|May|June|April|August|Grace|Hope|Joy|Faith|Mark|Bill|Rose|Page|Summer|Autumn|Sky|Frank|Guy|Jack|Art|Bob|Pat|Sue|Don|Ray|Chase|Chance|Dawn|Eve|Iris|Ivy|Lily|Ruby|Star|Sunny|Angel|Brand|Cliff|Dale|Glen|Heath|Lane|Miles|Rich|Rob|Victor|Justice|Christian|Harmony|Liberty|Trinity|Destiny|Royal|King|Prince|Duke|Earl|Baron|Major|General|Sterling|Penny|Bud|Buck|Ace)$/;

/** Gerunds that open sentences before a name ("Taking Archie outside", "Hosting Cook"). */
const gerunds =
  /^(?:Taking|Asking|Speaking|Hosting|Meeting|Calling|Leaving|Following|Joining|Watching|Visiting|Helping|Playing|Having|Being|Getting|Making|Giving|Telling|Thanking|Bringing|Sending|Showing|Seeing|Keeping|Letting|Putting|Beating|Losing|Winning|Facing|Replacing|Signing|Hiring|Firing|Naming|Criticising|Criticizing|Praising|Backing|Blaming|Quoting|Citing|Comparing|Describing|Introducing|Welcoming|Interviewing|Greeting)$/;

/** "the former Chelsea manager", "the Tottenham boss", "the Portuguese coach": one named person described. */
const personDescription =
  /^[Tt]he\s+(?:(?:former|ex-|late|then|veteran|retired|outgoing|incoming|embattled|longtime|long-time|current|acting|interim|new|legendary|two-time|three-time)\s*)*(?:(?:ex-)?["“]?[\p{Lu}][\p{L}'’.-]*["”]?\s+){0,3}(?:[\p{Ll}-]+\s+(?:and\s+)?)?[\p{Ll}-]+$/u;
/** Heads that name one person, never the organisation speaking for them ("the Chelsea manager" is not Chelsea). */
const individualHeads = new Set(
  "manager coach boss gaffer chief captain skipper star legend frontman frontwoman tycoon mogul magnate chairman chairwoman ceo founder co-founder owner president premier mp senator governor mayor minister leader".split(
    " ",
  ),
);

function isGovLike(e: Entity): boolean {
  return e.name
    .toLowerCase()
    .split(/\s+/)
    .some((w) => govLike.has(w));
}

/** Titles abbreviated before names ("Gov. Eric Holcomb" is the governor). */
const abbreviatedTitles: Record<string, string> = {
  gov: "governor",
  sen: "senator",
  rep: "representative",
  pres: "president",
  atty: "attorney",
  supt: "superintendent",
  det: "detective",
  insp: "inspector",
  sgt: "sergeant",
  capt: "captain",
  lt: "lieutenant",
  col: "colonel",
  gen: "general",
  prof: "professor",
  amb: "ambassador",
};

function oppositeGender(gender: Gender | null): Gender | null {
  return gender === "male" ? "female" : gender === "female" ? "male" : null;
}

function roleMatches(role: string | null, wanted: string): boolean {
  if (!role) return false;
  const r = role.toLowerCase().replace(/\b([a-z]+)\./g, (m, abbr: string) => abbreviatedTitles[abbr] ?? m);
  if (/^spokes/.test(wanted)) return /spokes/.test(r);
  return r.includes(wanted);
}

function toSpeaker(e: Entity | undefined): Speaker | null {
  if (!e) return null;
  if (e.kind === "organization") return { name: e.name, role: null, organization: e.organization };
  return { name: e.name, role: e.role, organization: e.organization };
}

function splitOn(tokens: string[], word: string): string[][] {
  const out: string[][] = [[]];
  for (const t of tokens) {
    if (t === word) out.push([]);
    else out[out.length - 1]!.push(t);
  }
  return out.filter((c) => c.length);
}

/**
 * A name opening its sentence, perhaps after a description without a verb ("Norte coach Ivan
 * Kovac was ...", "India's junior technology minister Rajiv Chandrasekhar welcomed ...").
 */
function opensSentence(text: string, start: number): boolean {
  const window = text.slice(Math.max(0, start - 120), start);
  const boundary = Math.max(window.search(/(?:[.!?]["”’]?\s+|\n)(?!.*(?:[.!?]["”’]?\s+|\n))/su), -1);
  const before = boundary < 0 ? (start <= 120 ? window : null) : window.slice(boundary).replace(/^[.!?"”’\s]+/u, "");
  if (before === null) return false;
  if (before.trim() === "") return true;
  // "As it turned out, Steenburgen had ...", "Then, last week, Swift posted": fronted phrases before the subject.
  if (
    /^(?:As|In|On|At|After|Before|During|When|While|Since|Following|Despite|Unlike|Like|For|Last|This|Earlier|Later|Then|Now|Still|But|And|So|Yet|However|Meanwhile)\b[^,;:"“”]{0,60},(?:\s*[^,;:"“”]{1,40},)?\s*$/.test(
      before,
    )
  )
    return true;
  return (
    before.split(/\s+/).filter(Boolean).length <= 6 &&
    !/[,;:"“”]/.test(before) &&
    !/^(?:in|on|at|after|before|during|when|while|as|if|but|and|since|for|with|by|from|to|of|what|who|why|how|whether|whatever)\b/i.test(
      before,
    ) &&
    firstFiniteVerb(before) === before.length
  );
}

/** The descriptor words before a name follow "a" or "an" ("for a space company, Jim Cantrell"). */
function indefiniteBefore(text: string, position: number, descriptors: string[]): boolean {
  const before = text.slice(Math.max(0, position - 80), position).replace(/,\s*$/, "");
  const words = before.split(/\s+/).filter(Boolean);
  return /^(?:a|an)$/i.test(words[words.length - 1 - descriptors.length] ?? "");
}

/** The words after a name go straight, or after one apposition, to a speech verb. */
function speaksNext(after: string): boolean {
  return /^(?:\s*,[^,.;:"“”]{1,120},)?\s+(?:also\s+)?(?:said|says|told|tells|added|adds|wrote|writes|explained|noted|argued|warned|insisted|stated|claimed|denied|replied|recalled)\b/.test(
    after,
  );
}

/**
 * "Finally, one of the engineers in the room, Ron Dolin, started yelling": a name closing an
 * apposition, its verb right after, is the subject. (Any name a verb follows is not: tried, worse.)
 */
function closesApposition(after: string): boolean {
  return /^,\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{2,}ed|made|took|gave|went|came|got|had|has|was|began|led|ran|met|saw|left|kept|held|won|lost|sent|spent|thought|felt|knew|became|brought|threw|stood|spoke)\b(?!-)/u.test(
    after,
  );
}

/** Up to n words before a position in the same sentence (stops at . ; : or a quotation mark). */
function wordsBefore(text: string, position: number, n: number, keepCase = false): string[] {
  const window = text.slice(Math.max(0, position - 80), position);
  // (With keepCase the words read as a title before a name: a comma ends them too, "on Netflix, the real Prince Andrew".)
  const marks = keepCase
    ? [".", ";", ":", "\n", "”", '"', "“", ",", "—", "–", ")", "("]
    : [".", ";", ":", "\n", "”", '"', "“"];
  const cut = Math.max(...marks.map((c) => window.lastIndexOf(c)));
  const words = window
    .slice(cut + 1)
    .split(/\s+/)
    .filter(Boolean)
    .slice(-n);
  return keepCase ? words : words.map((w) => w.toLowerCase().replace(/[,]$/, ""));
}

/** ", a researcher at the Digital Rights Centre in Almaty," -> the apposition text. */
function appositionAfter(text: string, end: number): string | null {
  const m = /^,\s+((?:a|an|the|who|[\p{Ll}])[^,.;"“”]{2,80})/u.exec(text.slice(end, end + 120));
  return m ? m[1]! : null;
}

/** Lowercase words right before a name that describe it: "media regulator" in "Russia's media regulator, Roskomnadzor". */
function descriptorsBefore(text: string, position: number): string[] {
  const words = text
    .slice(Math.max(0, position - 60), position)
    .replace(/,\s*$/, "")
    .split(/\s+/)
    .filter(Boolean);
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0 && out.length < 3; i--) {
    const w = words[i]!;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w) || /^(?:the|a|an|of|and|in|on|at|by|to|said|told|that)$/.test(w)) break;
    out.push(w);
  }
  return out;
}

/**
 * "The group that owns her music, Big Machine," / "Stadia Pro, the subscription service,": a
 * company noun in apposition makes a person-like name an organisation.
 */
function describedAsCompany(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 100), start);
  const sentence = before.slice(before.search(/(?:[.!?]["”’]?\s+|\n)(?!.*(?:[.!?]["”’]?\s+|\n))/su) + 1).trimStart();
  const lead = /^(?:the|a|an)\s+([\p{Ll}-]+)(?:\s+([\p{Ll}-]+))?\b[^.;"“”]{0,80},\s*$/iu.exec(sentence);
  if (lead && (companyNouns.has(lead[1]!) || companyNouns.has(lead[2] ?? ""))) return true;
  const after = /^,\s+(?:the|a|an|its)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\s*[,)]/u.exec(text.slice(end, end + 60));
  return after !== null && companyNouns.has(after[1]!);
}

/** A country, city or demonym rather than an organisation. */
function isPlace(words: string[]): boolean {
  if (words.some((w) => orgWords.has(w.toLowerCase()))) return false;
  if (words.some((w) => agencyNames.has(w.toLowerCase()))) return false;
  const actors = findActors(words.join(" "));
  return actors.governments.length > 0 && actors.platforms.length === 0 && !/^[\p{Lu}\d&]{2,}$/u.test(words.join(""));
}
