/** The API's story shapes (camelCase), as the routes return them and as foldStory builds them. */
export interface StorySummary {
  storyId: string;
  title: string;
  governments: string[];
  platforms: string[];
  firstSeen: string;
  lastSeen: string;
  articleCount: number;
  statementCount: number;
  claimCount: number;
  contradictionCount: number;
  hasNewDenial: boolean;
  hasNewClarification: boolean;
  latestContradictionAt: string | null;
  acknowledgedAt: string | null;
  mergedInto: string | null;
}

export interface StatementView {
  statementId: string;
  publishedAt: string | null;
  recordedAt: string;
  speakerName: string | null;
  speakerRole: string | null;
  speakerOrganization: string | null;
  party: string;
  stance: string;
  confidence: number;
  quote: string;
  kind: string;
  claimId: string | null;
  articleId: string;
  outlet: string;
  url: string;
  title: string | null;
}

export interface ClaimView {
  claimId: string;
  text: string;
  party: string;
  firstStatementId: string;
  sources: number;
  reaffirmations: number;
}

export interface ContradictionView {
  contradictionId: string;
  storyId: string;
  type: string;
  claimId: string;
  claimText: string;
  claimParty: string;
  responseParty: string;
  responseText: string;
  speakerName: string | null;
  outlet: string;
  url: string;
  publishedAt: string | null;
  detectedAt: string;
  evidence: number;
  acknowledged: boolean;
}

export interface SourceView {
  articleId: string;
  url: string;
  outlet: string;
  title: string | null;
  publishedAt: string | null;
  linkedAt: string;
}

export interface StoryDetail extends StorySummary {
  statements: StatementView[];
  claims: ClaimView[];
  contradictions: ContradictionView[];
  sources: SourceView[];
}
