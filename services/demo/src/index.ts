export { type CorpusServer, startCorpusServer } from "./corpusServer.ts";
export { type Corpus, type CorpusArticle, DEFAULT_CORPUS_DIR, loadCorpus } from "./loadCorpus.ts";
export { type LoopbackMailbox, startLoopbackMailbox } from "./loopbackMailbox.ts";
export { type DemoOptions, type DemoService, runDemo } from "./runDemo.ts";
export { type SyntheticOptions, syntheticCorpus } from "./syntheticCorpus.ts";
