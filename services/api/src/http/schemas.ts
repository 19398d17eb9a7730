/** JSON schemas of the API's shapes: they validate requests, serialise responses and feed /docs. */

const nullable = (type: string, extra: Record<string, unknown> = {}) => ({ type: [type, "null"], ...extra });
const time = { type: "string", format: "date-time" };
const nullableTime = nullable("string", { format: "date-time" });
const strings = { type: "array", items: { type: "string" } };

export const errorSchema = {
  $id: "Error",
  type: "object",
  required: ["error", "message"],
  properties: { error: { type: "string" }, message: { type: "string" }, field: { type: "string" } },
} as const;

const summaryProperties = {
  storyId: { type: "string" },
  title: { type: "string" },
  governments: strings,
  platforms: strings,
  firstSeen: time,
  lastSeen: time,
  articleCount: { type: "integer" },
  statementCount: { type: "integer" },
  claimCount: { type: "integer" },
  contradictionCount: { type: "integer" },
  hasNewDenial: { type: "boolean" },
  hasNewClarification: { type: "boolean" },
  latestContradictionAt: nullableTime,
  acknowledgedAt: nullableTime,
  mergedInto: nullable("string"),
};

export const storySummarySchema = {
  $id: "StorySummary",
  type: "object",
  required: Object.keys(summaryProperties),
  properties: summaryProperties,
} as const;

export const statementSchema = {
  $id: "Statement",
  type: "object",
  properties: {
    statementId: { type: "string" },
    publishedAt: nullableTime,
    recordedAt: time,
    speakerName: nullable("string"),
    speakerRole: nullable("string"),
    speakerOrganization: nullable("string"),
    party: { type: "string" },
    stance: { type: "string", enum: ["claim", "denial", "clarification", "support", "reaffirmation", "neutral"] },
    confidence: { type: "number" },
    quote: { type: "string" },
    kind: { type: "string" },
    claimId: nullable("string"),
    articleId: { type: "string" },
    outlet: { type: "string" },
    url: { type: "string" },
    title: nullable("string"),
  },
} as const;

export const claimSchema = {
  $id: "Claim",
  type: "object",
  properties: {
    claimId: { type: "string" },
    text: { type: "string" },
    party: { type: "string" },
    firstStatementId: { type: "string" },
    sources: { type: "integer" },
    reaffirmations: { type: "integer" },
  },
} as const;

export const contradictionSchema = {
  $id: "Contradiction",
  type: "object",
  properties: {
    contradictionId: { type: "string" },
    storyId: { type: "string" },
    type: { type: "string", enum: ["denial", "clarification"] },
    claimId: { type: "string" },
    claimText: { type: "string" },
    claimParty: { type: "string" },
    responseParty: { type: "string" },
    responseText: { type: "string" },
    speakerName: nullable("string"),
    outlet: { type: "string" },
    url: { type: "string" },
    publishedAt: nullableTime,
    detectedAt: time,
    evidence: { type: "integer" },
    acknowledged: { type: "boolean" },
  },
} as const;

export const sourceSchema = {
  $id: "Source",
  type: "object",
  properties: {
    articleId: { type: "string" },
    url: { type: "string" },
    outlet: { type: "string" },
    title: nullable("string"),
    publishedAt: nullableTime,
    linkedAt: time,
  },
} as const;

export const storyDetailSchema = {
  $id: "StoryDetail",
  type: "object",
  properties: {
    ...summaryProperties,
    statements: { type: "array", items: { $ref: "Statement#" } },
    claims: { type: "array", items: { $ref: "Claim#" } },
    contradictions: { type: "array", items: { $ref: "Contradiction#" } },
    sources: { type: "array", items: { $ref: "Source#" } },
  },
} as const;

export const sharedSchemas = [
  errorSchema,
  storySummarySchema,
  statementSchema,
  claimSchema,
  contradictionSchema,
  sourceSchema,
  storyDetailSchema,
];

/** The error responses every `/api/*` route can give. */
export const errorResponses = {
  400: { $ref: "Error#" },
  401: { $ref: "Error#" },
  429: { $ref: "Error#" },
} as const;

export const pageQuery = {
  limit: { type: "integer", minimum: 1, maximum: 200, default: 50 },
  cursor: { type: "string", maxLength: 512, description: "`next` of the previous page" },
} as const;

export const security = [{ bearerAuth: [] }];

/** Filters on a story's actors, shared by the story and contradiction lists. */
export const actorFilters = {
  government: { type: "string", minLength: 1, maxLength: 200 },
  platform: { type: "string", minLength: 1, maxLength: 200 },
} as const;

/** `{items, next}`: a page of `ref` items and the cursor of the next page (null on the last). */
export const pageOf = (ref: string) => ({
  200: {
    type: "object",
    required: ["items", "next"],
    properties: { items: { type: "array", items: { $ref: `${ref}#` } }, next: { type: ["string", "null"] } },
  },
  ...errorResponses,
});
