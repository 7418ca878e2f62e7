// The API's shapes as zod schemas: requests are validated against them, and the OpenAPI document at
// /api/openapi.json is generated from them, so the two cannot drift apart.

import { z } from "@hono/zod-openapi";
import { isWindowDay } from "../io/isoDate.js";

export const Span = z.tuple([z.number().int(), z.number().int()]).openapi("Span", {
  description: "[start, end) character offsets into the document's text",
});

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: "SG_NOT_FOUND" }),
      message: z.string(),
    }),
  })
  .openapi("Error");

export const ActorType = z.enum(["person", "organization", "state", "group", "media", "place", "unknown"]);

export const ActorRef = z
  .object({ id: z.string(), name: z.string(), type: ActorType, known: z.boolean() })
  .openapi("ActorRef");

export const ActorSummary = ActorRef.extend({
  documents: z.number().int(),
  mentions: z.number().int(),
  statements: z.number().int(),
  relations: z.number().int(),
}).openapi("ActorSummary");

const Polarity = z.union([z.literal(-1), z.literal(0), z.literal(1)]);
const RelationStatus = z.enum(["machine", "confirmed", "rejected", "edited"]);

export const Relation = z
  .object({
    id: z.number().int(),
    document: z.number().int(),
    documentTitle: z.string().nullable(),
    documentSource: z.string(),
    documentDate: z.string().nullable(),
    source: ActorRef,
    target: ActorRef,
    type: z.string(),
    polarity: Polarity,
    date: z.string().nullable(),
    period: z.object({ from: z.string(), to: z.string(), text: z.string() }).nullable(),
    statement: z.number().int().nullable(),
    evidence: Span,
    evidenceText: z.string(),
    sentence: Span,
    sentenceText: z.string(),
    confidence: z.number(),
    status: RelationStatus,
  })
  .openapi("Relation");

export const RelationsBetween = z
  .object({
    total: z.number().int().openapi({ description: "relations in the window, listed or not" }),
    offset: z.number().int(),
    days: z
      .array(
        z.object({
          day: z.string().nullable(),
          positive: z.number().int(),
          negative: z.number().int(),
          neutral: z.number().int(),
        }),
      )
      .openapi({
        description: "their signs by day, oldest first (undated first): enough to draw a timeline",
      }),
    relations: z.array(Relation).openapi({ description: "this page of them, oldest first" }),
  })
  .openapi("RelationsBetween");

export const Statement = z
  .object({
    id: z.number().int(),
    document: z.number().int(),
    documentTitle: z.string().nullable(),
    documentSource: z.string(),
    date: z.string().nullable(),
    speaker: ActorRef.nullable(),
    speakerText: z.string().nullable(),
    speakerRole: z.string().nullable(),
    speakerSpan: Span.nullable(),
    cue: z.string().nullable(),
    cueSpan: Span.nullable(),
    content: z.string(),
    contentSpans: z.array(Span),
    kind: z.string(),
  })
  .openapi("Statement");

const DocumentStatus = z.enum(["extracted", "language", "failed"]);

export const DocumentSummary = z
  .object({
    id: z.number().int(),
    title: z.string().nullable(),
    source: z.string(),
    date: z.string().nullable(),
    format: z.string(),
    language: z.string(),
    status: DocumentStatus,
    length: z.number().int(),
    ingestedAt: z.string(),
    statements: z.number().int(),
    relations: z.number().int(),
  })
  .openapi("DocumentSummary");

export const DocumentWithLayers = z
  .object({
    id: z.number().int(),
    source: z.string(),
    format: z.string(),
    title: z.string().nullable(),
    date: z.string().nullable(),
    language: z.string(),
    status: DocumentStatus,
    statusDetail: z.string().nullable(),
    text: z.string(),
    ingestedAt: z.string(),
    statements: z.array(Statement),
    relations: z.array(Relation),
    mentions: z.array(z.object({ actor: ActorRef, span: Span })),
  })
  .openapi("Document");

export const Stats = z
  .object({
    documents: z.number().int(),
    byStatus: z.record(z.string(), z.number().int()),
    statements: z.number().int(),
    relations: z.number().int(),
    actors: z.number().int(),
    mentions: z.number().int(),
    from: z.string().nullable(),
    to: z.string().nullable(),
  })
  .openapi("Stats");

export const SearchHit = z
  .object({
    kind: z.enum(["statement", "document"]),
    id: z.number().int(),
    document: z.number().int(),
    documentTitle: z.string().nullable(),
    documentSource: z.string(),
    date: z.string().nullable(),
    speaker: z.string().nullable(),
    snippet: z.string().openapi({ description: "the matching passage, plain text" }),
    highlights: z.array(Span).openapi({ description: "where the matched words are in the snippet" }),
    span: Span,
    rank: z.number(),
  })
  .openapi("SearchHit");

export const Counterpart = z.object({
  actor: ActorRef,
  positive: z.number().int(),
  negative: z.number().int(),
  neutral: z.number().int(),
  balance: z.number().int(),
  first: z.string().nullable(),
  last: z.string().nullable(),
});

export const ActorProfile = z
  .object({
    actor: ActorRef,
    aliases: z.array(z.string()),
    merged: z.array(z.string()),
    roles: z.array(
      z.object({
        /** null: a role the documents state of no one ("columnist"). */
        of: ActorRef.nullable(),
        role: z.string().nullable(),
        from: z.string().nullable(),
        to: z.string().nullable(),
        documents: z.number().int(),
      }),
    ),
    statementsBy: z.array(Statement),
    statementsAbout: z.array(Statement),
    counterparts: z.array(Counterpart),
    counterpartCount: z.number().int(),
  })
  .openapi("ActorProfile");

export const Decision = z
  .object({
    id: z.number().int(),
    at: z.string(),
    author: z.string(),
    action: z.string(),
    subject: z.string(),
    detail: z.record(z.string(), z.unknown()),
  })
  .openapi("Decision");

export const GraphNode = z.object({
  id: z.string(),
  label: z.string(),
  type: ActorType,
  known: z.boolean(),
  members: z.array(z.string()),
  degree: z.number().int(),
  positive: z.number().int(),
  negative: z.number().int(),
  pagerank: z.number(),
  community: z.number().int(),
});

export const GraphEdge = z.object({
  source: z.string(),
  target: z.string(),
  positive: z.number().int(),
  negative: z.number().int(),
  neutral: z.number().int(),
  weight: z.number().int(),
  net: z.number().int(),
  sign: Polarity,
  types: z.record(z.string(), z.number().int()),
  first: z.string().nullable(),
  last: z.string().nullable(),
  relations: z.array(z.number().int()).openapi({ description: "the ids of the relations behind the edge" }),
});

export const Graph = z
  .object({ nodes: z.array(GraphNode), edges: z.array(GraphEdge) })
  .openapi("Graph", { description: "the signed actor network, nodes with PageRank and Louvain community" });

const Tie = z.object({
  a: z.string(),
  b: z.string(),
  sign: z.union([z.literal(-1), z.literal(1)]),
  positive: z.number().int(),
  negative: z.number().int(),
});

const Triad = z.object({
  actors: z.tuple([z.string(), z.string(), z.string()]),
  labels: z.tuple([z.string(), z.string(), z.string()]),
  ties: z.tuple([Tie, Tie, Tie]),
  balanced: z.boolean(),
});

export const BalanceReport = z
  .object({
    ties: z.number().int(),
    triads: z.number().int(),
    balanced: z.number().int(),
    unbalanced: z.number().int(),
    ratio: z.number().nullable(),
    unbalancedTriads: z.array(Triad),
  })
  .openapi("BalanceReport");

export const BalanceChange = z
  .object({ before: BalanceReport, after: BalanceReport, tipped: z.array(Triad), settled: z.array(Triad) })
  .openapi("BalanceChange");

export const IngestSummary = z
  .object({
    added: z.number().int(),
    extracted: z.number().int(),
    notEnglish: z.number().int(),
    notEnglishDocuments: z.array(
      z.object({ source: z.string(), document: z.number().int(), language: z.string() }),
    ),
    failed: z.number().int(),
    alreadyStored: z.number().int(),
    reextracted: z.number().int(),
    statements: z.number().int(),
    relations: z.number().int(),
    skipped: z.array(z.object({ where: z.string(), code: z.string(), message: z.string() })),
    bytes: z.number().int(),
    seconds: z.number(),
  })
  .openapi("IngestSummary");

// Requests.

const Day = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "a date: YYYY, YYYY-MM or YYYY-MM-DD")
  .refine(isWindowDay, "a real date: YYYY, YYYY-MM or YYYY-MM-DD")
  .optional();

export const WindowQuery = z.object({
  from: Day.openapi({ description: "only from this date (YYYY, YYYY-MM or YYYY-MM-DD)" }),
  to: Day.openapi({ description: "only up to this date" }),
});

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).optional(),
  offset: z.coerce.number().int().min(0).max(10_000_000).optional(),
});

/** "true"/"1" or "false"/"0" in a query string. */
export const Flag = z
  .enum(["true", "false", "1", "0"])
  .optional()
  .transform((v) => v === "true" || v === "1");

export const IdParam = z.object({
  // Digits only: "0x1" and "1e3" are not ids.
  id: z
    .string()
    .regex(/^[1-9]\d{0,14}$/, "an id: a positive whole number")
    .transform(Number)
    .openapi({ param: { name: "id", in: "path" }, example: "12", type: "integer" }),
});

export const ActorParam = z.object({
  id: z
    .string()
    .min(1)
    .max(500)
    .openapi({
      param: { name: "id", in: "path" },
      description: "an actor's id, name or alias",
      example: "hamas",
    }),
});

export const Author = z.object({
  as: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: "who decides (default: the server's user)" }),
});
