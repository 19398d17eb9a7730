import type { Corpus, CorpusArticle, Outlet } from "./loadCorpus.ts";

const GOVERNMENTS = [
  ["Kazakhstan", "Kazakh"],
  ["India", "Indian"],
  ["Vietnam", "Vietnamese"],
  ["Turkey", "Turkish"],
  ["Pakistan", "Pakistani"],
  ["Brazil", "Brazilian"],
  ["Indonesia", "Indonesian"],
  ["Nigeria", "Nigerian"],
  ["Kyrgyzstan", "Kyrgyz"],
  ["Malaysia", "Malaysian"],
] as const;
const PLATFORMS = ["Meta", "TikTok", "YouTube", "Telegram", "X"] as const;
const SPOKESPEOPLE = ["Lena Ortiz", "Sam Okafor", "Mira Chen", "Jonas Berg", "Ada Novak"];
const MINISTERS = ["Daulet Sarsenov", "Meera Pillai", "Tran Van Minh", "Kemal Aydin", "Imran Qureshi"];

/** A small deterministic generator (mulberry32), so every run serves the same corpus. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function claimArticle(g: string, adj: string, p: string, minister: string): [string, string[]] {
  return [
    `${g} says ${p} agreed to a direct channel for removing content`,
    [
      `${g}'s digital ministry said on Monday that ${p} had agreed to give the government a dedicated channel for flagging posts it considers illegal.`,
      `"${p} has agreed to give us direct and exclusive access to its content reporting system," ${adj} Digital Minister ${minister} told reporters.`,
      `The ministry did not publish the text of the agreement. Rights groups said they would examine it.`,
    ],
  ];
}

function denialArticle(g: string, p: string, spokesperson: string, outlet: string): [string, string[]] {
  return [
    `${p} says ${g} has no special access to its reporting tools`,
    [
      `${p} said on Tuesday that ${g}'s government had not been given any special access to its content reporting system.`,
      `"There is no exclusive arrangement with ${g}. The process is the same for every country," ${p} spokesperson ${spokesperson} told ${outlet}.`,
      `The company said requests from any government are reviewed under its global policies.`,
    ],
  ];
}

function clarificationArticle(g: string, p: string, spokesperson: string): [string, string[]] {
  return [
    `${p} clarifies what it agreed with ${g}`,
    [
      `${p} sought on Wednesday to clarify its arrangement with ${g}, a day after the two sides gave different accounts.`,
      `"To be clear, what was agreed is access to the same government reporting channel that we offer in line with our global policy," ${p} spokesperson ${spokesperson} said. "It does not mean ${g} can remove content on its own."`,
    ],
  ];
}

const DISTRACTORS: ((n: number, rnd: () => number) => [string, string[]])[] = [
  (n) => [
    `City council approves new tram line, phase ${n}`,
    [
      `The city council voted on Thursday to approve the next phase of the tram network, officials said.`,
      `"This line will cut journeys across the river by twenty minutes," the transport director told a public meeting.`,
    ],
  ],
  (n, rnd) => [
    `Local club wins cup final ${Math.floor(rnd() * 4)}-${Math.floor(rnd() * 3)} in match ${n}`,
    [
      `The home side won the regional cup on Saturday in front of a full stadium.`,
      `"We believed until the last minute," the captain said after the match.`,
    ],
  ],
  (n) => [
    `Grain exports rise for a third month (report ${n})`,
    [
      `Grain exports rose for a third straight month as harvests beat forecasts, the agriculture ministry said.`,
      `Traders said prices for the new crop had eased in recent weeks.`,
    ],
  ],
];

export interface SyntheticOptions {
  articles: number;
  feeds: number;
  /** Share of articles about a government and a platform; the rest are distractors. */
  relevantShare?: number;
  seed?: number;
}

/**
 * A generated corpus for the chaos test and the pipeline benchmark: stories between a government
 * and a platform (a claim, then denials, then a clarification) spread over many feeds, among
 * distractors. Deterministic for a given seed.
 */
export function syntheticCorpus(options: SyntheticOptions): Corpus {
  const rnd = random(options.seed ?? 7);
  const outlets: Outlet[] = Array.from({ length: options.feeds }, (_, i) => ({
    slug: `outlet${i + 1}`,
    name: `Outlet ${i + 1}`,
    style: (["wire", "broadcaster", "magazine"] as const)[i % 3]!,
  }));
  const relevant = Math.round(options.articles * (options.relevantShare ?? 0.35));
  const articles: CorpusArticle[] = [];
  const start = Date.parse("2021-11-01T08:00:00Z");
  const pairs = GOVERNMENTS.flatMap(([g, adj], gi) => PLATFORMS.map((p, pi) => ({ g, adj, p, gi, pi })));
  const storyCount = Math.max(1, Math.min(pairs.length, Math.round(relevant / 5)));
  for (let i = 0; i < options.articles; i++) {
    const outlet = outlets[i % outlets.length]!;
    let title: string;
    let paragraphs: string[];
    let published: number;
    if (i < relevant) {
      const story = pairs[((i % storyCount) * 7) % pairs.length]!;
      const step = Math.floor(i / storyCount);
      const spokesperson = SPOKESPEOPLE[story.pi % SPOKESPEOPLE.length]!;
      published = start + (story.gi * 5 + story.pi) * 3 * 3_600_000 + step * 3_600_000;
      [title, paragraphs] =
        step === 0
          ? claimArticle(story.g, story.adj, story.p, MINISTERS[story.gi % MINISTERS.length]!)
          : step % 3 === 2
            ? clarificationArticle(story.g, story.p, spokesperson)
            : denialArticle(story.g, story.p, spokesperson, outlet.name);
      title = `${title} (${i})`;
    } else {
      [title, paragraphs] = DISTRACTORS[i % DISTRACTORS.length]!(i, rnd);
      published = start + Math.floor(rnd() * 14 * 24) * 3_600_000;
    }
    articles.push({
      slug: `a${i}`,
      outlet,
      phase: 1,
      published: new Date(published).toISOString(),
      author: "Staff Reporter",
      title,
      paragraphs,
    });
  }
  return { outlets, articles };
}
