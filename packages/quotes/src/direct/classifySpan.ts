// Decides whether a quoted span is speech and of which kind: a full quote (the speaker's own
// sentence), a partial quote (a fragment inside the reporter's sentence), or not speech at all
// (titles of works, nicknames, scare quotes, terms).
import { cueVerbs } from "../attribution/subject.ts";

export type SpanClass = "full" | "partial" | "title" | "nickname" | "scare";

export interface SpanContext {
  /** The quoted words. */
  words: string;
  /** Reporter's words from the sentence start (or previous quote) to the opening mark. */
  before: string;
  /** Reporter's words from the closing mark to the next quote or the sentence end. */
  after: string;
  /** The whole sentence with quoted words blanked out, to look for cues. */
  sentenceOutsideQuotes: string;
}

const workNouns =
  /\b(?:book|novel|novella|memoir|film|movie|biopic|comedy|drama|satire|thriller|sitcom|article|competition|contest|festival|musical|documentary|song|single|album|series|show|programme|program|play|poem|collection|magazine|newspaper|journal|podcast|opera|painting|exhibition|paper|study|essay|column|campaign|operation|hashtag|slogan|motto|titled|entitled|headlined|named|dubbed|nicknamed|known as|translation|stadium|brand|label|app|game|website|blog|channel|programme|script|screenplay|tagline|headline|formula|term|phrase|word|(?<!-)called|nickname of|episode of|edition of|season of|author of|including)\s*,?\s*$/i;
const sayingNoun =
  /\b(?:his|her|their|its|the|a)\s+(?:\p{L}+\s+)?(?:claim|claims|statement|remarks|comments|words|testimony|assertion|promise|pledge|vow|warning|accusation|description)\b/iu;
// ("Analysts called it the “end of an era”" quotes the analysts; "is called the ..." names a thing.)
const namingIntro =
  /\b(?:(?:is|was|are|were|be|been|so-)\s*called|dubbed|nicknamed|known as)\s+(?:[\p{L}'’-]+\s+){0,3}(?:the|an?)\s*$/iu;
const termIntro =
  /\b(?:so-called|under the (?:rubric|banner|heading|label) of|what['’]s called|what is called|what (?:it|they|he|she|the \w+|officials|critics) (?:calls?|called|describe[sd]? as|terms?)|call(?:s|ed)? (?:themselves|itself|himself|herself|ourselves))\s*$/i;

export function classifySpan(ctx: SpanContext): SpanClass {
  const { words, before, after } = ctx;
  const wordCount = words.split(/\s+/).filter(Boolean).length;
  const titleCase = isTitleCase(words);
  const beforeTrim = before.replace(/\s+$/, "");
  // ('wrote on his blog, "Sacrifice is necessary to retire early."': a sentence after a comma is speech.)
  const sentenceAfterComma = beforeTrim.endsWith(",") && !titleCase && wordCount >= 4;
  // ('her book “A Paradise Built in Hell: The Communities that Arise,”': a long title keeps a few small words.)
  if (workNouns.test(beforeTrim) && (titleCase || wordCount <= 6 || mostlyCapitalised(words)) && !sentenceAfterComma)
    return "title";
  // 'the new “Arrangements” collection', '“Night Shift” album': a name followed by the kind of work it names.
  if (
    titleCase &&
    wordCount <= 5 &&
    !/[.!?,…]$/.test(words) &&
    /^\s*(?:collection|album|series|campaign|exhibition|programme|program|project|range|line|tour|initiative|app|show|podcast)\b/i.test(
      after,
    )
  )
    return "title";
  // '“Parasite,” the Korean language social satire', 'actor Vincent D'Onofrio of “Law & Order” and
  // “Men in Black” fame': a work described by its kind after it, or by its fame.
  if (
    titleCase &&
    wordCount <= 6 &&
    (/^\s*,?\s*(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,5}?(?:film|movie|comedy|drama|satire|thriller|series|show|sitcom|novel|book|album|song|documentary|play|musical|biopic)\b/u.test(
      after,
    ) ||
      /^\s*(?:and\s+["“][^"“”]{1,60}["”]\s+)?fame\b/.test(after))
  )
    return "title";
  // 'purchase a “burner,” or pre-paid, cell phone', 'the belongings, or “chattels,” of': a term glossed by "or".
  if (wordCount <= 2 && /\b(?:a|an|the)$/i.test(beforeTrim) && /^\s*,?\s*or\s/.test(after)) return "scare";
  if (wordCount <= 2 && /,\s*or$/i.test(beforeTrim) && /^\p{Ll}/u.test(words)) return "scare";
  // 'its “hateful conduct” policy', 'the embryos’ “trustee,” James Charbonnet': the name of a rule, a
  // label on a named person.
  if (
    wordCount <= 4 &&
    /^\p{Ll}/u.test(words) &&
    (/^\s*(?:policy|policies|rule|rules|law|act|clause|provision|program|programme|label|tag|feature|category|status)\b/.test(
      after,
    ) ||
      (/^[\s,]*[\p{Lu}][\p{L}'’-]+\s+[\p{Lu}]/u.test(after) &&
        /(?:['’]s?|\b(?:the|a|an|its|their|his|her))$/.test(beforeTrim)))
  )
    return "scare";
  // 'filmmaker Charlie McDowell (“The Discovery,” “The One I Love”)': works listed in brackets.
  if (titleCase && wordCount <= 8 && /\($/.test(beforeTrim)) return "title";
  // 'Lorenz, “the father of chaos,” started': an epithet apposed to a name.
  if (
    /^the\s/i.test(words) &&
    wordCount <= 6 &&
    /[\p{Lu}][\p{L}'’-]*,$/u.test(beforeTrim) &&
    /^\s*\p{Ll}/u.test(after) &&
    cueVerbs(after.slice(0, 25)).length === 0
  )
    return "nickname";
  // 'the candidate he calls “Mini Mike.”', 'called Biden “Sleepy Joe”': a capitalised name given to someone.
  if (
    titleCase &&
    wordCount <= 3 &&
    /\bcall(?:s|ed|ing)?(?:\s+(?:him|her|them|[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)?))?$/u.test(beforeTrim)
  )
    return "nickname";
  // “factcheckUK”: a handle in camel case.
  if (wordCount === 1 && /^\p{L}+$/u.test(words) && /\p{Ll}\p{Lu}/u.test(words)) return "title";
  if (termIntro.test(beforeTrim) || namingIntro.test(beforeTrim)) return "scare";
  // Luis "The Magician" Torres; the "Fortress" stadium.
  if (
    wordCount <= 3 &&
    /^[\p{Lu}]/u.test(words) &&
    !/[,.!?]$/.test(words) &&
    /[\p{Lu}][\p{L}'’-]*$/u.test(beforeTrim) &&
    /^\s*[\p{Lu}]/u.test(after)
  )
    return "nickname";
  if (/(?:^|\s)(?:the|a)$/i.test(beforeTrim) && titleCase && wordCount <= 4 && !/[.!?,]$/.test(words)) return "title";
  // 'answered questions on the marketplace “Evolution.”': a name after the noun of its kind.
  if (
    /\bthe\s+\p{Ll}{3,}$/u.test(beforeTrim) &&
    titleCase &&
    wordCount <= 3 &&
    !sayingNoun.test(beforeTrim.split(/\s+/).slice(-2).join(" ")) &&
    !cueVerbs(beforeTrim.split(/\s+/).slice(-3).join(" ")).length
  )
    return "title";
  // 'said on "DWTS."', 'an episode of "Fargo"': a short name after a preposition, no cue after it.
  if (
    /\s(?:on|of|in|from|at)$/i.test(beforeTrim) &&
    titleCase &&
    wordCount <= 4 &&
    !cueVerbs(after.slice(0, 30)).length
  )
    return "title";
  // 'movies from Pixar, “Star Wars,” Marvel Studios': a name in a list of names.
  if (/[\p{Lu}][\p{L}]*,$/u.test(beforeTrim) && titleCase && wordCount <= 4 && /^\s*(?:[\p{Lu}]|and\s)/u.test(after))
    return "title";
  // "Wild Rose" opens a sentence about a film: a short Title Case name with no cue after it.
  if (
    beforeTrim === "" &&
    titleCase &&
    wordCount <= 5 &&
    !/[.!?,…]$/.test(words) &&
    cueVerbs(after.slice(0, 40)).length === 0
  )
    return "title";
  // 'a sign advertised “First of the Season Fresh Alaskan Halibut”': a capitalised name with no cue
  // just before it is a sign, heading or title, not speech.
  const cueBefore = cueVerbs(beforeTrim.split(/\s+/).slice(-8).join(" ")).length > 0;
  if (
    titleCase &&
    wordCount >= 4 &&
    !/[.!?,…]$/.test(words) &&
    beforeTrim !== "" &&
    !/[:,—–]$/.test(beforeTrim) &&
    !cueBefore
  )
    return "title";
  const opensSentence = beforeTrim === "" || /[:,—–.!?]$/.test(beforeTrim) || /["“”'’«»„]$/.test(beforeTrim);
  const fullShape = /^[\p{Lu}\d"“‘'«„]/u.test(words) || /[.!?,…]$/.test(words);
  if (opensSentence && (fullShape || beforeTrim === "")) return "full";
  // 'The price is “as low as I’ve ever seen.”': words in the first person are someone's speech.
  const firstPerson = /(?:^|[^\p{L}'’])(?:I|I['’](?:m|ve|d|ll)|we|we['’](?:re|ve|ll)|my|our|us)(?![\p{L}'’])/u.test(
    words,
  );
  // "his claim in the interview that the pair were “not close”": a noun of saying is a cue here too.
  if (
    cueVerbs(ctx.sentenceOutsideQuotes).length === 0 &&
    !sayingNoun.test(ctx.sentenceOutsideQuotes) &&
    !(firstPerson && wordCount >= 3 && !titleCase) &&
    // (A fragment of seven words or more is someone's words even without a verb of saying near it:
    // "a focus on “how much or how little pupils understand”"; scare quotes are short.)
    !(wordCount >= 7 && !titleCase)
  )
    return "scare";
  // 'a "skinny" trade deal', 'the “interim” government': one or two words used as a modifier after
  // an article, with the noun right after the mark, are the reporter's distance, not speech.
  // ('called him a “fake judge”' stays speech: a cue verb just before.)
  const window = beforeTrim.split(/\s+/).slice(-8).join(" ");
  // 'said in a letter that their response was “unacceptable”': inside a reported clause the marked
  // words are the speaker's, however short.
  const inReportedClause = cueVerbs(beforeTrim).some((c) =>
    /^[\p{L}'’-]+\s+(?:[^\s,;]+\s+){0,8}?that\s/u.test(beforeTrim.slice(c.index)),
  );
  const cueJustBefore = cueVerbs(window).length > 0 || sayingNoun.test(window) || inReportedClause;
  // 'the “whistleblower’s” identity', 'give “space” to Obama': one lowercase word with no cue close
  // before it is the reporter's distance.
  if (wordCount === 1 && /^\p{Ll}/u.test(words) && !/[.,!?;:]$/.test(words) && !cueJustBefore) return "scare";
  // 'on CNBC's " Trading Nation"', '“factcheckUK”': a show after its channel, a handle.
  if (/\bon\s+[\p{Lu}][\p{L}]*['’]s$/u.test(beforeTrim) && titleCase && wordCount <= 4) return "title";
  if (
    wordCount <= 2 &&
    !/[.,!?;:]$/.test(words) &&
    /\b(?:a|an|the)$/i.test(beforeTrim) &&
    /^\s+\p{Ll}/u.test(after) &&
    !cueJustBefore
  )
    return "scare";
  return "partial";
}

/** A long title: capitalised words and small ones, with at most one other lowercase word ("that"). */
function mostlyCapitalised(words: string): boolean {
  const tokens = words.split(/\s+/).filter(Boolean);
  const small = /^(?:a|an|the|of|and|or|in|on|at|to|for|with|by|from)$/;
  return tokens.length >= 4 && tokens.filter((t) => !/^[\p{Lu}\d]/u.test(t) && !small.test(t)).length <= 1;
}

/** Every word capitalised but the small ones: "Listen To The Music", "The Captain and Me". */
export function isTitleCase(words: string): boolean {
  const tokens = words
    .replace(/[.,!?]$/, "")
    .split(/\s+/)
    .filter(Boolean);
  if (!tokens.length) return false;
  const small = /^(?:a|an|the|of|and|or|in|on|at|to|for|with|by|from)$/;
  return tokens.every((t, i) => /^[\p{Lu}\d]/u.test(t) || (i > 0 && small.test(t)));
}
