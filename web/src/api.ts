// The workbench's client of the JSON API: typed by the server's own store types, errors shown as the
// server words them, and the write token asked for once when the server needs one.

import type { ActorMetrics, EdgeAttributes, NodeAttributes } from "../../src/graph/actorGraph.js";
import type {
  ActorProfile,
  ActorSummary,
  Decision,
  DocumentLayers,
  DocumentSummary,
  RelationsBetween,
  SearchHit,
  StoredDocument,
  StoredRelation,
  StoredStatement,
  StoreStats,
} from "../../src/store/store.js";

export type {
  ActorProfile,
  ActorSummary,
  Decision,
  DocumentSummary,
  RelationsBetween,
  SearchHit,
  StoredRelation,
  StoredStatement,
  StoreStats,
};
export type DocumentView = StoredDocument & DocumentLayers;

/** A node as /api/graph gives it: the graph's attributes and the actor's metrics. */
export type GraphNode = NodeAttributes & ActorMetrics;

/** An edge as /api/graph gives it: the graph's attributes, with its relations by id. */
export type GraphEdge = Omit<EdgeAttributes, "relations"> & {
  source: string;
  target: string;
  relations: number[];
};

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const TOKEN_KEY = "stancegraph.token";

async function call<T>(method: string, path: string, body?: unknown, retried = false): Promise<T> {
  const headers: Record<string, string> = {};
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.authorization = `Bearer ${token}`;
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers["content-type"] = "application/json";
    payload = JSON.stringify(body);
  }
  const res = await fetch(path, { method, headers, ...(payload ? { body: payload } : {}) });
  if (res.status === 401 && !retried) {
    const given = window.prompt("This server needs its token for changes (printed by `stancegraph serve`):");
    if (given) {
      sessionStorage.setItem(TOKEN_KEY, given.trim());
      return call<T>(method, path, body, true);
    }
  }
  if (!res.ok) {
    let code = "SG_HTTP";
    let message = `${res.status} ${res.statusText}`;
    try {
      const e = (await res.json()) as { error?: { code: string; message: string } };
      if (e.error) ({ code, message } = e.error);
    } catch {
      // not JSON
    }
    throw new ApiError(res.status, code, message);
  }
  return (await res.json()) as T;
}

const q = (params: Record<string, string | number | boolean | undefined | null>): string => {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== "") s.set(k, String(v));
  const text = s.toString();
  return text ? `?${text}` : "";
};

export const api = {
  stats: () => call<StoreStats>("GET", "/api/stats"),
  documents: (limit = 100, offset = 0) =>
    call<DocumentSummary[]>("GET", `/api/documents${q({ limit, offset })}`),
  document: (id: number) => call<DocumentView>("GET", `/api/documents/${id}`),
  actors: (limit = 100, match?: string) => call<ActorSummary[]>("GET", `/api/actors${q({ limit, match })}`),
  actor: (id: string, window: { from?: string; to?: string } = {}) =>
    call<ActorProfile>("GET", `/api/actors/${encodeURIComponent(id)}${q({ limit: 25, ...window })}`),
  between: (a: string, b: string, offset = 0) =>
    call<RelationsBetween>("GET", `/api/relations${q({ a, b, offset, limit: 100 })}`),
  statement: (id: number) => call<StoredStatement>("GET", `/api/statements/${id}`),
  search: (text: string) => call<SearchHit[]>("GET", `/api/search${q({ q: text, limit: 30 })}`),
  graph: (params: {
    from?: string;
    to?: string;
    rollUp?: boolean;
    actorTypes?: string;
    relationTypes?: string;
  }) => call<{ nodes: GraphNode[]; edges: GraphEdge[] }>("GET", `/api/graph${q(params)}`),
  review: (status = "machine", limit = 50, offset = 0) =>
    call<StoredRelation[]>("GET", `/api/review${q({ status, limit, offset })}`),
  decisions: (limit = 50) => call<Decision[]>("GET", `/api/decisions${q({ limit })}`),
  confirm: (id: number) => call<StoredRelation>("POST", `/api/relations/${id}/confirm`, {}),
  reject: (id: number) => call<StoredRelation>("POST", `/api/relations/${id}/reject`, {}),
  edit: (id: number, edit: { type?: string; polarity?: -1 | 0 | 1 }) =>
    call<StoredRelation>("PATCH", `/api/relations/${id}`, edit),
  merge: (into: string, from: string) => call<unknown>("POST", "/api/actors/merge", { into, from }),
  alias: (id: string, alias: string) =>
    call<unknown>("POST", `/api/actors/${encodeURIComponent(id)}/aliases`, { alias }),
  upload: (files: FileList) => {
    const form = new FormData();
    for (const f of Array.from(files)) form.append("file", f, f.name);
    return call<{ added: number; skipped: { where: string; message: string }[] }>(
      "POST",
      "/api/ingest/upload",
      form,
    );
  },
};

export interface RelationType {
  type: string;
  polarity: -1 | 0 | 1;
  plover: string;
}

let relationTypes: Promise<RelationType[]> | null = null;
/** The types an edit may give, fetched once. */
export function loadRelationTypes(): Promise<RelationType[]> {
  relationTypes ??= call<RelationType[]>("GET", "/api/relation-types");
  return relationTypes;
}
