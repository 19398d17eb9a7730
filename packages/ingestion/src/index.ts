export { type FeedEntry, foldFeedRegistry } from "./feedRegistry.ts";
export { articleIdFor, articleStream, feedIdFor, feedStream, hashText } from "./ids.ts";
export { type OutletList, outletListSchema, parseOutletList } from "./outletList.ts";
export { type ArticleRef, latestText, planArticleUpdate, type RecordedText } from "./planArticleUpdate.ts";
export { type FeedPollInput, type FeedPollPlan, type FeedRef, planFeedPoll } from "./planFeedPoll.ts";
