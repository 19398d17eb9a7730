// Article extraction benchmark: our extractor against the Zyte article-extraction-benchmark
// ground truth (F1 over word 4-gram shingles, see the corpus README.txt), with throughput compared
// to cheerio.load alone and to @mozilla/readability on jsdom.
//
//   npm run bench:extract -- [--corpus DIR] [--skip-readability] [--worst N]
import { performance } from "node:perf_hooks";
import { load } from "cheerio";
import { extractArticle } from "../src/extractArticle.ts";
import { corpusScore, pageCounts } from "../src/metrics/shingleScore.ts";
import { type CorpusPage, corpusDir, loadCorpus } from "./loadCorpus.ts";

const argv = process.argv.slice(2);
const dir = corpusDir(argv);
const pages = loadCorpus(dir);
if (!pages) {
  console.log(
    `bench:extract skipped: no article-extraction corpus at ${dir} (pass --corpus DIR or set PUSHBACK_CORPORA)`,
  );
  process.exit(0);
}

function timed<T>(run: (page: CorpusPage) => T): { results: T[]; seconds: number } {
  const start = performance.now();
  const results = pages?.map(run) ?? [];
  return { results, seconds: (performance.now() - start) / 1000 };
}

async function readabilityRun(): Promise<{ texts: string[]; seconds: number }> {
  const { JSDOM, VirtualConsole } = await import("jsdom");
  const { Readability } = await import("@mozilla/readability");
  const virtualConsole = new VirtualConsole(); // silences CSS parse errors
  const { results, seconds } = timed((page) => {
    const dom = new JSDOM(page.html, { url: page.url, virtualConsole });
    const article = new Readability(dom.window.document).parse();
    dom.window.close();
    return article?.textContent ?? "";
  });
  return { texts: results, seconds };
}

const fmt = (x: number) => x.toFixed(3);

const HTMLPARSER2 = { xml: { xmlMode: false, decodeEntities: true } };
timed((page) => load(page.html, HTMLPARSER2)); // warm-up: JIT and module loading out of the timed runs
const cheerioRun = timed((page) => load(page.html));
const cheerioFastRun = timed((page) => load(page.html, HTMLPARSER2));
const ours = timed((page) => extractArticle(page.html, { url: page.url }).text);
const ourScore = corpusScore(pages.map((p, i) => ({ truth: p.truth, prediction: ours.results[i] ?? "" })));

const worstFlag = argv.indexOf("--worst");
if (worstFlag >= 0) {
  const n = Number(argv[worstFlag + 1] ?? 10);
  const perPage = pages.map((p, i) => {
    const c = pageCounts(p.truth, ours.results[i] ?? "");
    const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
    const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
    return { id: p.id, url: p.url, precision, recall, loss: 2 - precision - recall };
  });
  for (const w of perPage.sort((a, b) => b.loss - a.loss).slice(0, n)) {
    console.log(`${fmt(w.precision)} ${fmt(w.recall)} ${w.id.slice(0, 12)} ${w.url}`);
  }
}

const rows: {
  system: string;
  precision?: number;
  recall?: number;
  f1?: number;
  accuracy?: number;
  pagesPerSecond: number;
}[] = [
  { system: "@pushback/extract", ...ourScore, pagesPerSecond: pages.length / ours.seconds },
  { system: "cheerio.load (parse5)", pagesPerSecond: pages.length / cheerioRun.seconds },
  { system: "cheerio.load (htmlp2)", pagesPerSecond: pages.length / cheerioFastRun.seconds },
];
let readabilityF1: number | null = null;
if (!argv.includes("--skip-readability")) {
  const readability = await readabilityRun();
  const score = corpusScore(pages.map((p, i) => ({ truth: p.truth, prediction: readability.texts[i] ?? "" })));
  readabilityF1 = score.f1;
  rows.push({ system: "readability (jsdom)", ...score, pagesPerSecond: pages.length / readability.seconds });
}

console.log(`corpus: ${dir} (${pages.length} pages)`);
console.log("system                 precision  recall     F1   accuracy   pages/s");
for (const r of rows) {
  const cell = (x: number | undefined) => (x === undefined ? "      -" : fmt(x).padStart(7));
  console.log(
    `${r.system.padEnd(22)} ${cell(r.precision)}  ${cell(r.recall)}  ${cell(r.f1)}  ${cell(r.accuracy)}  ${r.pagesPerSecond.toFixed(1).padStart(8)}`,
  );
}
const oursPps = rows[0]?.pagesPerSecond ?? 0;
const readabilityPps = rows[3]?.pagesPerSecond;
const ratios = {
  vsReadability: readabilityPps ? oursPps / readabilityPps : null,
  vsCheerioLoad: oursPps / (rows[1]?.pagesPerSecond ?? 1),
  vsCheerioLoadHtmlparser2: oursPps / (rows[2]?.pagesPerSecond ?? 1),
};
if (ratios.vsReadability !== null) console.log(`throughput: ${ratios.vsReadability.toFixed(2)}x Readability on jsdom`);
console.log(`throughput: ${ratios.vsCheerioLoad.toFixed(2)}x cheerio.load alone (default parse5 backend)`);
console.log(`throughput: ${ratios.vsCheerioLoadHtmlparser2.toFixed(2)}x cheerio.load with htmlparser2 (our parser)`);
console.log(
  `F1 target 0.95: ${ourScore.f1 >= 0.95 ? "met" : "NOT met"}${readabilityF1 === null ? "" : `; Readability F1 ${fmt(readabilityF1)}`}`,
);
console.log(
  JSON.stringify({
    pages: pages.length,
    precision: ourScore.precision,
    recall: ourScore.recall,
    f1: ourScore.f1,
    accuracy: ourScore.accuracy,
    pagesPerSecond: oursPps,
    cheerioLoadPagesPerSecond: rows[1]?.pagesPerSecond,
    cheerioLoadHtmlparser2PagesPerSecond: rows[2]?.pagesPerSecond,
    readabilityF1,
    readabilityPagesPerSecond: readabilityPps ?? null,
    speedupVsReadability: ratios.vsReadability,
  }),
);
