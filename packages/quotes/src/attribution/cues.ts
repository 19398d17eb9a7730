// Speech and reporting verbs that attribute words to a source. Forms are listed explicitly: a
// lemmatiser would cost more than it saves for a closed list.

/** Verbs that judge and take a quoted fragment, never a clause: "slammed the hearings as a “disgrace”". */
const evaluativeVerbs = [
  "blast",
  "slam",
  "assail",
  "hail",
  "praise",
  "criticise",
  "criticize",
  "condemn",
  "decry",
  "brand",
  "dismiss",
  "laud",
  "tout",
  "boast",
  "pledge",
  "blame",
  "fume",
];

/** Verbs of crying out that attribute quoted words but take no clause. */
const outcryVerbs = ["shout", "yell", "scream", "chant", "exclaim", "whisper", "mutter", "murmur"];

const speechVerbLemmas = [
  "say",
  "tell",
  "add",
  "write",
  "post",
  "tweet",
  "confide",
  "insist",
  "deny",
  "claim",
  "argue",
  "warn",
  "state",
  "announce",
  "confirm",
  "maintain",
  "note",
  "explain",
  "acknowledge",
  "allege",
  "ask",
  "reply",
  "respond",
  "admit",
  "declare",
  "stress",
  "emphasise",
  "emphasize",
  "suggest",
  "insinuate",
  "imply",
  "report",
  "recall",
  "remember",
  "concede",
  "counter",
  "contend",
  "complain",
  "vow",
  "promise",
  "predict",
  "describe",
  "call",
  "label",
  "urge",
  "accuse",
  "assert",
  "reiterate",
  "reaffirm",
  "point",
  "instruct",
  "repeat",
  "quip",
  "joke",
  "observe",
  "remark",
  "inform",
  "assure",
  "confide",
  "agree",
  "indicate",
  "estimate",
  ...outcryVerbs,
  "comment",
  "dub",
  "beg",
  "plead",
  "testify",
  "continue",
  "answer",
  "caution",
  ...evaluativeVerbs,
];

const irregular: Record<string, string[]> = {
  say: ["say", "says", "said", "saying"],
  tell: ["tell", "tells", "told", "telling"],
  write: ["write", "writes", "wrote", "written", "writing"],
  deny: ["deny", "denies", "denied", "denying"],
  reply: ["reply", "replies", "replied", "replying"],
  label: ["label", "labels", "labelled", "labeled", "labelling", "labeling"],
  quip: ["quip", "quips", "quipped", "quipping"],
  admit: ["admit", "admits", "admitted", "admitting"],
  dub: ["dub", "dubs", "dubbed", "dubbing"],
  beg: ["beg", "begs", "begged", "begging"],
  plead: ["plead", "pleads", "pleaded", "pled", "pleading"],
  testify: ["testify", "testifies", "testified", "testifying"],
  slam: ["slam", "slams", "slammed", "slamming"],
  brand: ["brand", "brands", "branded", "branding"],
};

function forms(lemma: string): string[] {
  const known = irregular[lemma];
  if (known) return known;
  const stem = lemma.endsWith("e") ? lemma.slice(0, -1) : lemma;
  const third = /(s|sh|ch|x)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  const past = lemma.endsWith("e") ? `${lemma}d` : `${lemma}ed`;
  return [lemma, third, past, `${stem}ing`];
}

const allForms = new Map<string, string>();
for (const lemma of speechVerbLemmas) for (const f of forms(lemma)) allForms.set(f, lemma);

/** Lemma of a speech verb form ("told" -> "tell"), or undefined. */
export function speechVerbLemma(word: string): string | undefined {
  return allForms.get(word.toLowerCase());
}

/** Speech verbs that do not introduce a reported clause ("asked how", "called it a ..."). */
const notClauseVerbs = new Set([
  "tweet",
  "ask",
  "recall",
  "remember",
  "vow",
  "promise",
  "predict",
  "describe",
  "call",
  "label",
  "urge",
  "accuse",
  "repeat",
  "quip",
  "joke",
  "observe",
  "remark",
  "estimate",
  ...outcryVerbs,
  "dub",
  "continue",
  ...evaluativeVerbs,
]);

export function isClauseVerb(word: string): boolean {
  const lemma = speechVerbLemma(word);
  return lemma !== undefined && !notClauseVerbs.has(lemma);
}

/** Words that may sit between a subject and its speech verb ("has long maintained", "also said"). */
export const auxiliaries = new Set(
  "has have had was were is are will would could also previously earlier later long once again then further repeatedly publicly separately quickly immediately already first recently had since now just never still even reportedly initially ultimately finally always usually often sometimes regularly".split(
    " ",
  ),
);
