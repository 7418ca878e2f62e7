// The JSON API of `stancegraph serve`: the corpus questions, the graph, balance, briefings, the review
// queue and the analysts' decisions, and ingest by upload, URL or (when allowed) server-side path. Every
// route is declared with its zod schemas, which validate requests and make the OpenAPI document.

import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { StancegraphError } from "../errors.js";
import { balanceReport, compareBalance } from "../graph/balance.js";
import { loadActorGraph } from "../graph/fromStore.js";
import { actorMetrics } from "../graph/metrics.js";
import { parseRelationEdit } from "../relations/relationEdit.js";
import { loadRelationLexicon } from "../relations/relationLexicon.js";
import { buildBriefing } from "../report/briefing.js";
import { BRIEFING_POLICY, briefingHtml } from "../report/html.js";
import { briefingMarkdown } from "../report/markdown.js";
import { assertFreeAlias, resolveActor } from "../store/resolveActor.js";
import type { Store, TimeWindow } from "../store/store.js";
import { apiErrors, errorJson } from "./errors.js";
import { type IngestService, ingestRoutes } from "./ingestApi.js";
import { responseCache } from "./responseCache.js";
import * as S from "./schemas.js";
import { guard, headers, type SecurityOptions } from "./security.js";
import { serveWorkbench } from "./workbench.js";

export interface ApiOptions extends SecurityOptions {
  /** Who decides when a request does not say (`as`): the server's user. */
  defaultAuthor: string;
  /** Largest request body in bytes (uploads included). */
  maxBodyBytes: number;
  ingest: IngestService;
  /** The built workbench (dist/web) to serve at /, or null for the API alone. */
  workbench: string | null;
}

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { "application/json": { schema } },
  description,
});

// What any route may answer besides its own 200: the guards (Host names, cross-site writes, tokens, body
// size and type) run before every handler, and the store can be busy or unreadable under any of them.
const GUARD_ERRORS = {
  400: json(S.ErrorBody, "the request does not follow the API"),
  403: json(S.ErrorBody, "a Host name this server does not answer to (on loopback: DNS rebinding)"),
  503: json(S.ErrorBody, "the store is busy with another process's write (retry), outdated or unreadable"),
} as const;

const ERRORS = {
  ...GUARD_ERRORS,
  404: json(S.ErrorBody, "no such document, actor, statement or relation"),
} as const;

const WRITE_ERRORS = {
  ...ERRORS,
  401: json(S.ErrorBody, "the write needs the server's token"),
  403: json(S.ErrorBody, "a write from another site, or a Host name this server does not answer to"),
  413: json(S.ErrorBody, "the request body is larger than the server accepts"),
  415: json(S.ErrorBody, "the body is not JSON (uploads: multipart/form-data)"),
} as const;

const body = <T extends z.ZodType>(schema: T) => ({
  body: { content: { "application/json": { schema } }, required: true },
});

function windowOf(q: { from?: string | undefined; to?: string | undefined }): TimeWindow {
  return { ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}) };
}

function notFound(what: string): StancegraphError {
  return new StancegraphError("SG_NOT_FOUND", `${what} is not in the store`);
}

/** A list of words separated by commas ("person,state"), each one of `allowed`. */
function csv<T extends string>(allowed: readonly T[]) {
  return z
    .string()
    .max(2000)
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === "") return undefined;
      const items = v.split(",").map((s) => s.trim());
      for (const item of items)
        if (!(allowed as readonly string[]).includes(item)) {
          ctx.addIssue({ code: "custom", message: `${item} is not one of ${allowed.join(", ")}` });
          return z.NEVER;
        }
      return new Set(items as T[]);
    });
}

/**
 * A briefing page gets its own policy, its inline style and nothing else (set after the common headers,
 * so it wins): it may be framed by the workbench to print.
 */
const briefingPolicy: MiddlewareHandler = async (c, next) => {
  await next();
  if (c.req.path.startsWith("/api/reports/") && c.res.headers.get("content-type")?.startsWith("text/html"))
    c.res.headers.set("content-security-policy", `${BRIEFING_POLICY}; frame-ancestors 'self'`);
};

export function createApi(store: Store, options: ApiOptions): OpenAPIHono {
  const app = new OpenAPIHono({
    // A request that fails validation: 400 with the first problem named, never the handler.
    defaultHook: (result, c) => {
      if (result.success) return;
      const issue = result.error.issues[0];
      const where = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
      return errorJson(
        c,
        "SG_BAD_REQUEST",
        `${result.target} ${where}${issue?.message ?? "is invalid"}; /api/openapi.json describes every route`,
      );
    },
  });
  app.onError(apiErrors(store.location));
  app.notFound((c) =>
    errorJson(c, "SG_NOT_FOUND", `no route ${c.req.method} ${c.req.path}; /api/openapi.json lists them`),
  );
  app.use("*", briefingPolicy, headers, guard(options));
  // Uploads may be as large as --max-body; a JSON request is a decision or a list of URLs.
  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: (c) => {
        // The rest of the body is never read: the connection cannot carry another request.
        c.header("connection", "close");
        return errorJson(c, "SG_PAYLOAD_TOO_LARGE", `the request body is over ${maxSize} bytes`);
      },
    });
  const uploads = limit(options.maxBodyBytes);
  const others = limit(Math.min(options.maxBodyBytes, 1024 * 1024));
  app.use("*", (c, next) => (c.req.path === "/api/ingest/upload" ? uploads : others)(c, next));
  app.use("*", responseCache(store, /^\/api\/(stats$|graph|balance|reports\/|actors\/[^/]+$)/));
  const author = (as: string | undefined) => as ?? options.defaultAuthor;

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/stats",
      summary: "What the store holds",
      responses: {
        200: json(S.Stats, "documents, statements, relations, actors and the date range"),
        ...GUARD_ERRORS,
      },
    }),
    async (c) => c.json(await store.stats(), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/documents",
      summary: "Documents, the last ingested first",
      request: { query: S.PageQuery },
      responses: { 200: json(z.array(S.DocumentSummary), "a page of documents"), ...GUARD_ERRORS },
    }),
    async (c) => c.json(await store.listDocuments(c.req.valid("query")), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/documents/{id}",
      summary: "A document's text with its statements, relations and actor mentions",
      request: { params: S.IdParam },
      responses: { 200: json(S.DocumentWithLayers, "the evidence reader's document"), ...ERRORS },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const [doc, layers] = await Promise.all([store.getDocument(id), store.documentLayers(id)]);
      if (!doc || !layers) throw notFound(`document ${id}`);
      return c.json({ ...doc, ...layers }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/actors",
      summary: "Actors ranked by the documents that mention them; with match, those a search box finds",
      request: {
        query: z.object({
          type: S.ActorType.optional(),
          match: z
            .string()
            .min(1)
            .max(200)
            .optional()
            .openapi({ description: "part of a name or an alias, any case; the closest matches first" }),
          limit: z.coerce.number().int().min(1).max(100_000).optional(),
        }),
      },
      responses: { 200: json(z.array(S.ActorSummary), "ranked actors"), ...GUARD_ERRORS },
    }),
    async (c) => c.json(await store.actors(c.req.valid("query")), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/actors/{id}",
      summary: "An actor's profile: roles over time, statements by and about, allies and adversaries",
      request: {
        params: S.ActorParam,
        query: S.WindowQuery.extend({
          limit: z.coerce.number().int().min(1).max(1000).optional(),
          counterparts: z.coerce.number().int().min(1).max(10_000).optional(),
        }),
      },
      responses: { 200: json(S.ActorProfile, "the actor's profile"), ...ERRORS },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const actor = await resolveActor(store, c.req.valid("param").id);
      const profile = await store.actorProfile(actor.id, {
        ...windowOf(q),
        ...(q.limit ? { limit: q.limit } : {}),
        ...(q.counterparts ? { counterparts: q.counterparts } : {}),
      });
      if (!profile) throw notFound(`actor ${actor.id}`);
      return c.json(profile, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/relations",
      summary: "How two actors relate over time, each relation with its evidence sentence",
      request: {
        query: S.WindowQuery.merge(S.PageQuery).extend({
          a: z.string().min(1).max(500).openapi({ description: "an actor's id, name or alias" }),
          b: z.string().min(1).max(500),
        }),
      },
      responses: {
        200: json(S.RelationsBetween, "a page of the relations (default 100), how many in all, signs by day"),
        ...ERRORS,
      },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const [a, b] = await Promise.all([resolveActor(store, q.a), resolveActor(store, q.b)]);
      const page = { ...windowOf(q), limit: q.limit, offset: q.offset };
      return c.json(await store.relationsBetween(a.id, b.id, page), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/relations/{id}",
      summary: "One relation with its evidence",
      request: { params: S.IdParam },
      responses: { 200: json(S.Relation, "the relation"), ...ERRORS },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const r = await store.getRelation(id);
      if (!r) throw notFound(`relation ${id}`);
      return c.json(r, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/statements/{id}",
      summary: "One statement: speaker, role, cue and content, with their spans",
      request: { params: S.IdParam },
      responses: { 200: json(S.Statement, "the statement"), ...ERRORS },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const s = await store.getStatement(id);
      if (!s) throw notFound(`statement ${id}`);
      return c.json(s, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/search",
      summary: "Full-text search over statements and documents",
      request: {
        query: z.object({
          q: z.string().min(1).max(1000).openapi({ example: "financial aid" }),
          in: z.enum(["statements", "documents", "all"]).optional(),
          limit: z.coerce.number().int().min(1).max(1000).optional(),
        }),
      },
      responses: { 200: json(z.array(S.SearchHit), "the hits, best first"), ...GUARD_ERRORS },
    }),
    async (c) => {
      const { q, ...rest } = c.req.valid("query");
      return c.json(await store.search(q, rest), 200);
    },
  );

  const graphQuery = S.WindowQuery.extend({
    rollUp: S.Flag.openapi({ description: "count persons' relations for their organisations" }),
  });

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/graph",
      summary: "The signed actor network over a window, with PageRank and communities",
      request: {
        query: graphQuery.extend({
          actorTypes: csv(S.ActorType.options).openapi({
            description: "only actors of these types (comma-separated)",
          }),
          relationTypes: z
            .string()
            .max(2000)
            .optional()
            .openapi({ description: "only relations of these types (comma-separated, docs/relations.md)" }),
        }),
      },
      responses: { 200: json(S.Graph, "nodes and edges"), ...GUARD_ERRORS },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const relationTypes = q.relationTypes
        ? new Set(q.relationTypes.split(",").map((t) => t.trim().toLowerCase()))
        : undefined;
      const graph = await loadActorGraph(store, {
        window: windowOf(q),
        rollUp: q.rollUp,
        ...(relationTypes ? { relationTypes } : {}),
      });
      if (q.actorTypes) {
        const keep = q.actorTypes;
        for (const id of graph.filterNodes((_id, a) => !keep.has(a.type))) graph.dropNode(id);
      }
      const metrics = new Map(actorMetrics(graph).map((m) => [m.id, m]));
      const nodes = graph.mapNodes((id, a) => {
        const m = metrics.get(id);
        return {
          id,
          ...a,
          degree: m?.degree ?? 0,
          positive: m?.positive ?? 0,
          negative: m?.negative ?? 0,
          pagerank: m?.pagerank ?? 0,
          community: m?.community ?? -1,
        };
      });
      const edges = graph.mapEdges((_e, a, source, target) => ({
        source,
        target,
        ...a,
        relations: a.relations.map((r) => r.id),
      }));
      return c.json({ nodes, edges }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/balance",
      summary: "Structural balance: the unbalanced triads, or how balance changed between two windows",
      request: {
        query: graphQuery.extend({
          compareFrom: S.WindowQuery.shape.from.openapi({ description: "the second window's start" }),
          compareTo: S.WindowQuery.shape.to.openapi({ description: "the second window's end" }),
        }),
      },
      responses: {
        200: json(z.union([S.BalanceReport, S.BalanceChange]), "a report, or a change when compared"),
        ...GUARD_ERRORS,
      },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const graph = await loadActorGraph(store, { window: windowOf(q), rollUp: q.rollUp });
      if (q.compareFrom === undefined && q.compareTo === undefined) return c.json(balanceReport(graph), 200);
      const later = await loadActorGraph(store, {
        window: windowOf({ from: q.compareFrom, to: q.compareTo }),
        rollUp: q.rollUp,
      });
      return c.json(compareBalance(graph, later), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/reports/{id}",
      summary: "A briefing on an actor's relationships, every claim footnoted to its document and span",
      request: {
        params: S.ActorParam,
        query: graphQuery.extend({ format: z.enum(["html", "md"]).optional() }),
      },
      responses: {
        200: {
          content: { "text/html": { schema: z.string() }, "text/markdown": { schema: z.string() } },
          description: "the briefing: one self-contained printable HTML page, or Markdown",
        },
        ...ERRORS,
      },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const actor = await resolveActor(store, c.req.valid("param").id);
      const briefing = await buildBriefing(store, actor, { window: windowOf(q), rollUp: q.rollUp });
      if (q.format === "md") {
        c.header("content-type", "text/markdown; charset=utf-8");
        return c.body(briefingMarkdown(briefing), 200);
      }
      // Its own Content-Security-Policy is set by briefingPolicy, after the common headers.
      return c.html(briefingHtml(briefing), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/relation-types",
      summary: "The relation types an edit may give (docs/relations.md), each with its polarity",
      responses: {
        200: json(
          z.array(
            z.object({
              type: z.string(),
              polarity: z.union([z.literal(-1), z.literal(0), z.literal(1)]),
              plover: z.string(),
            }),
          ),
          "the types",
        ),
        403: GUARD_ERRORS[403],
      },
    }),
    (c) =>
      c.json(
        [...loadRelationLexicon().types.values()].map((t) => ({
          type: t.type,
          polarity: t.polarity,
          plover: t.plover,
        })),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/review",
      summary: "The review queue: relations with a status (default the engine's), least confident first",
      request: {
        query: S.PageQuery.extend({
          status: z.enum(["machine", "confirmed", "rejected", "edited"]).optional(),
        }),
      },
      responses: { 200: json(z.array(S.Relation), "a page of the queue"), ...GUARD_ERRORS },
    }),
    async (c) => c.json(await store.reviewQueue(c.req.valid("query")), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/decisions",
      summary: "Every analyst decision, the latest first",
      request: { query: z.object({ limit: z.coerce.number().int().min(1).max(100_000).optional() }) },
      responses: { 200: json(z.array(S.Decision), "the decisions"), ...GUARD_ERRORS },
    }),
    async (c) => c.json(await store.decisions(c.req.valid("query")), 200),
  );

  for (const verb of ["confirm", "reject"] as const)
    app.openapi(
      createRoute({
        method: "post",
        path: `/api/relations/{id}/${verb}`,
        summary:
          verb === "confirm"
            ? "Confirm a relation: it stays through reextract"
            : "Reject a relation: left out of every question, and not found again by reextract",
        request: { params: S.IdParam, ...body(S.Author) },
        responses: { 200: json(S.Relation, "the relation as decided"), ...WRITE_ERRORS },
      }),
      async (c) => {
        const { id } = c.req.valid("param");
        const who = author(c.req.valid("json").as);
        const r =
          verb === "confirm" ? await store.confirmRelation(id, who) : await store.rejectRelation(id, who);
        return c.json(r, 200);
      },
    );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/api/relations/{id}",
      summary: "Edit a relation's type or polarity; it stays as edited through reextract",
      request: {
        params: S.IdParam,
        ...body(
          S.Author.extend({
            type: z.string().max(100).optional(),
            polarity: z.union([z.literal(-1), z.literal(0), z.literal(1)]).optional(),
          }),
        ),
      },
      responses: { 200: json(S.Relation, "the relation as edited"), ...WRITE_ERRORS },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const b = c.req.valid("json");
      const edit = parseRelationEdit(b.type, b.polarity, { type: "type", polarity: "polarity" });
      return c.json(await store.editRelation(id, edit, author(b.as)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/actors/merge",
      summary: "Merge actor `from` into actor `into`",
      request: {
        ...body(S.Author.extend({ into: z.string().min(1).max(500), from: z.string().min(1).max(500) })),
      },
      responses: { 200: json(S.ActorRef, "the actor that stays"), ...WRITE_ERRORS },
    }),
    async (c) => {
      const b = c.req.valid("json");
      const [into, from] = await Promise.all([resolveActor(store, b.into), resolveActor(store, b.from)]);
      await store.mergeActors(into.id, from.id, author(b.as));
      return c.json(into, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/actors/{id}/split",
      summary: "Undo the merge of this actor (by id) into another",
      request: { params: S.ActorParam, ...body(S.Author) },
      responses: { 200: json(z.object({ id: z.string() }), "the actor stands alone again"), ...WRITE_ERRORS },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await store.splitActor(id, author(c.req.valid("json").as));
      return c.json({ id }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/actors/{id}/aliases",
      summary: "Add a name the actor goes by; new and re-extracted documents find it",
      request: {
        params: S.ActorParam,
        ...body(
          S.Author.extend({
            alias: z.string().trim().min(1).max(300),
            force: z
              .boolean()
              .optional()
              .openapi({ description: "add it even when it already names another actor" }),
          }),
        ),
      },
      responses: { 200: json(S.ActorRef, "the actor"), ...WRITE_ERRORS },
    }),
    async (c) => {
      const b = c.req.valid("json");
      const actor = await resolveActor(store, c.req.valid("param").id);
      if (b.force !== true) await assertFreeAlias(store, actor, b.alias);
      await store.addAlias(actor.id, b.alias, author(b.as));
      return c.json(actor, 200);
    },
  );

  ingestRoutes(app, options.ingest, { json, errors: WRITE_ERRORS });
  if (options.workbench) serveWorkbench(app, options.workbench);

  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "stancegraph",
      version: "1",
      description:
        "Who said what about whom: the corpus, its actors, statements and signed relations, each with the span of text that proves it.",
    },
  });
  return app;
}
