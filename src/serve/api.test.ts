// The API over real HTTP on a real store: two of the example texts uploaded through the API itself, then
// every question, the graph, balance, briefings, the review queue and the decisions; and every way a
// request can be wrong answered with a 4xx and a JSON error, never a 500.

import assert from "node:assert/strict";
import { once } from "node:events";
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { SqliteStore } from "../store/sqlite/sqliteStore.js";
import { makeDocx } from "../testing/fixtureFiles.js";
import { type RunningServer, type ServeOptions, startServer } from "./server.js";

const CORPUS = fileURLToPath(new URL("../../../examples/corpus/", import.meta.url));
const FILES = ["01-hamas-iran-after-gaza-round.txt", "02-hamas-syria-rapprochement.txt"];

interface Harness {
  dir: string;
  store: SqliteStore;
  server: RunningServer;
  get(path: string, init?: RequestInit): Promise<Response>;
  send(method: string, path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
}

async function harness(options: Partial<ServeOptions> = {}, busyTimeoutMs?: number): Promise<Harness> {
  const dir = await mkdtemp(join(tmpdir(), "sg-serve-"));
  const store = new SqliteStore(join(dir, "s.db"), busyTimeoutMs === undefined ? {} : { busyTimeoutMs });
  const server = await startServer({
    store,
    defaultAuthor: "tester",
    maxBodyBytes: 2_000_000,
    maxSourceBytes: 1_000_000,
    ...options,
  });
  const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);
  return {
    dir,
    store,
    server,
    get,
    send: (method, path, body, headers = {}) =>
      get(path, {
        method,
        headers: { "content-type": "application/json", ...headers },
        body: typeof body === "string" ? body : JSON.stringify(body),
      }),
  };
}

/** GET /api/stats with this Host header (fetch cannot set one): the status the server answers. */
async function statusWithHost(h: Harness, host: string): Promise<number> {
  const { port } = new URL(h.server.url);
  return new Promise<number>((resolve, reject) => {
    request({ host: "127.0.0.1", port, path: "/api/stats", headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    })
      .on("error", reject)
      .end();
  });
}

async function close(h: Harness): Promise<void> {
  await h.server.close();
  await h.store.close();
  await rm(h.dir, { recursive: true, force: true });
}

async function upload(h: Harness, files: { name: string; bytes: Uint8Array | string }[]): Promise<Response> {
  const form = new FormData();
  for (const f of files) form.append("file", new Blob([f.bytes]), f.name);
  return h.get("/api/ingest/upload", { method: "POST", body: form });
}

async function errorOf(res: Response): Promise<{ status: number; code: string; message: string }> {
  assert.match(res.headers.get("content-type") ?? "", /application\/json/);
  const body = (await res.json()) as { error: { code: string; message: string } };
  return { status: res.status, ...body.error };
}

describe("stancegraph serve: the API on a store filled through it", () => {
  let h: Harness;
  before(async () => {
    h = await harness();
    const files = await Promise.all(
      FILES.map(async (name) => ({ name, bytes: await readFile(join(CORPUS, name)) })),
    );
    const res = await upload(h, files);
    assert.equal(res.status, 200, await res.clone().text());
    const summary = (await res.json()) as { added: number; extracted: number; relations: number };
    assert.equal(summary.added, 2);
    assert.equal(summary.extracted, 2);
    assert.ok(summary.relations > 0);
  });
  after(() => close(h));

  test("stats, documents and a document's layers with spans into its text", async () => {
    const stats = (await (await h.get("/api/stats")).json()) as { documents: number; statements: number };
    assert.equal(stats.documents, 2);
    const docs = (await (await h.get("/api/documents")).json()) as { id: number; source: string }[];
    assert.deepEqual(
      docs.map((d) => d.source),
      FILES.map((f) => `upload:${f}`).reverse(),
    );
    const doc = (await (await h.get(`/api/documents/${docs[1]?.id}`)).json()) as {
      text: string;
      statements: { speakerSpan: [number, number] | null; speakerText: string | null }[];
      relations: { evidence: [number, number]; evidenceText: string }[];
      mentions: { span: [number, number]; actor: { name: string } }[];
    };
    assert.ok(doc.statements.length > 0 && doc.relations.length > 0 && doc.mentions.length > 0);
    for (const r of doc.relations) assert.equal(doc.text.slice(...r.evidence), r.evidenceText);
    const named = doc.statements.find((s) => s.speakerSpan !== null);
    assert.equal(doc.text.slice(...(named?.speakerSpan ?? [0, 0])), named?.speakerText);
  });

  test("actors, an actor's profile by name, and relations between two actors with evidence", async () => {
    const actors = (await (await h.get("/api/actors?type=organization&limit=5")).json()) as {
      type: string;
    }[];
    assert.ok(actors.length > 0 && actors.every((a) => a.type === "organization"));
    const hamas = (await (await h.get("/api/actors/hamas?limit=2&counterparts=3")).json()) as {
      actor: { id: string };
      statementsBy: unknown[];
      counterparts: unknown[];
      counterpartCount: number;
    };
    assert.equal(hamas.actor.id, "hamas");
    assert.ok(hamas.counterparts.length <= 3 && hamas.counterpartCount >= hamas.counterparts.length);
    const byName = (await (await h.get(`/api/actors/${encodeURIComponent("Isma'il Haniya")}`)).json()) as {
      actor: { id: string };
    };
    type Page = {
      total: number;
      offset: number;
      relations: { id: number; sentenceText: string; evidenceText: string }[];
    };
    const between = async (query: string) => (await (await h.get(`/api/relations?${query}`)).json()) as Page;
    const { relations: rels } = await between(`a=${byName.actor.id}&b=Iran`);
    assert.ok(rels.length > 0, "Haniya thanked Iran");
    assert.ok(rels.every((r) => r.sentenceText.includes(r.evidenceText)));
    const all = await between("a=khalil-al-hayya&b=bashar-al-assad");
    assert.ok(all.total >= 2 && all.relations.length === all.total, JSON.stringify(all));
    const second = await between("a=khalil-al-hayya&b=bashar-al-assad&limit=1&offset=1");
    assert.deepEqual(
      [second.total, second.offset, second.relations.map((r) => r.id)],
      [all.total, 1, [all.relations[1]?.id]],
    );
    assert.equal((await h.get("/api/relations?a=khalil-al-hayya&b=bashar-al-assad&limit=0")).status, 400);
  });

  test("search, graph (with filters), balance (and a comparison) and briefings", async () => {
    const hits = (await (await h.get("/api/search?q=rapprochement&in=documents")).json()) as unknown[];
    assert.ok(hits.length >= 1);
    const graph = (await (await h.get("/api/graph?rollUp=true")).json()) as {
      nodes: { id: string; pagerank: number }[];
      edges: { source: string; target: string; relations: number[] }[];
    };
    assert.ok(graph.nodes.some((n) => n.id === "hamas"));
    assert.ok(graph.edges.every((e) => e.relations.length > 0));
    const states = (await (await h.get("/api/graph?actorTypes=state&relationTypes=thank,praise")).json()) as {
      nodes: { type: string }[];
    };
    assert.ok(states.nodes.every((n) => n.type === "state"));
    const balance = (await (await h.get("/api/balance")).json()) as { triads: number };
    assert.equal(typeof balance.triads, "number");
    const change = (await (await h.get("/api/balance?to=2021&compareFrom=2022")).json()) as {
      tipped: unknown[];
    };
    assert.ok(Array.isArray(change.tipped));
    const html = await h.get("/api/reports/Hamas");
    assert.equal(html.status, 200);
    assert.match(html.headers.get("content-security-policy") ?? "", /default-src 'none'/);
    assert.match(await html.text(), /^<!DOCTYPE html>/i);
    const md = await h.get("/api/reports/Hamas?format=md");
    assert.match(md.headers.get("content-type") ?? "", /text\/markdown/);
    assert.match(await md.text(), /Hamas/);
  });

  test("the review queue, then confirm, reject and edit, each in the decisions with its author", async () => {
    const queue = (await (await h.get("/api/review?limit=3")).json()) as { id: number; status: string }[];
    assert.equal(queue.length, 3);
    const [a, b, c] = queue as unknown as [{ id: number }, { id: number }, { id: number }];
    const confirmed = (await (await h.send("POST", `/api/relations/${a.id}/confirm`, {})).json()) as {
      status: string;
    };
    assert.equal(confirmed.status, "confirmed");
    assert.equal((await h.send("POST", `/api/relations/${b.id}/reject`, { as: "Dana" })).status, 200);
    const edited = (await (
      await h.send("PATCH", `/api/relations/${c.id}`, { type: "criticize" })
    ).json()) as {
      type: string;
      polarity: number;
      status: string;
    };
    assert.deepEqual([edited.type, edited.polarity, edited.status], ["criticize", -1, "edited"]);
    const decisions = (await (await h.get("/api/decisions")).json()) as { author: string; action: string }[];
    assert.deepEqual(
      decisions.slice(0, 3).map((d) => `${d.action} ${d.author}`),
      ["relation.edit tester", "relation.reject Dana", "relation.confirm tester"],
    );
    const rejected = (await (await h.get("/api/review?status=rejected")).json()) as { id: number }[];
    assert.deepEqual(
      rejected.map((r) => r.id),
      [b.id],
    );
  });

  test("merge, split and alias actors", async () => {
    const merged = await h.send("POST", "/api/actors/merge", {
      into: "hamas",
      from: "Isma'il Haniya",
      as: "Dana",
    });
    assert.equal(merged.status, 200, await merged.clone().text());
    const profile = (await (await h.get("/api/actors/hamas")).json()) as { merged: string[] };
    assert.equal(profile.merged.length, 1);
    assert.equal((await h.send("POST", `/api/actors/${profile.merged[0]}/split`, {})).status, 200);
    assert.equal((await h.send("POST", "/api/actors/hamas/aliases", { alias: "the Movement" })).status, 200);
    const found = (await (await h.get(`/api/actors/${encodeURIComponent("the Movement")}`)).json()) as {
      actor: { id: string };
    };
    assert.equal(found.actor.id, "hamas");
  });

  // Every malformed request: a 4xx with a JSON error and a stable code, never a 500.
  const malformed: [string, () => Promise<Response>, number, string][] = [
    ["an id that is no number", () => h.get("/api/documents/abc"), 400, "SG_BAD_REQUEST"],
    ["a negative id", () => h.get("/api/relations/-3"), 400, "SG_BAD_REQUEST"],
    ["a huge id", () => h.get("/api/statements/99999999999999999999999"), 400, "SG_BAD_REQUEST"],
    ["an id in hex", () => h.get("/api/statements/0x1"), 400, "SG_BAD_REQUEST"],
    ["an id in exponent form", () => h.get("/api/relations/1e3"), 400, "SG_BAD_REQUEST"],
    ["a document that is not there", () => h.get("/api/documents/4242"), 404, "SG_NOT_FOUND"],
    ["an actor nobody is named", () => h.get("/api/actors/Nobody%20At%20All"), 404, "SG_NOT_FOUND"],
    ["a date that is no date", () => h.get("/api/graph?from=yesterday"), 400, "SG_BAD_REQUEST"],
    ["a day that no calendar has", () => h.get("/api/actors/hamas?to=2021-02-30"), 400, "SG_BAD_REQUEST"],
    ["a thirteenth month", () => h.get("/api/graph?from=2021-13"), 400, "SG_BAD_REQUEST"],
    ["an unknown actor type", () => h.get("/api/graph?actorTypes=robot"), 400, "SG_BAD_REQUEST"],
    ["a limit out of range", () => h.get("/api/documents?limit=0"), 400, "SG_BAD_REQUEST"],
    ["a search with no words", () => h.get("/api/search?q="), 400, "SG_BAD_REQUEST"],
    ["a search FTS cannot parse, read as its words", () => h.get("/api/search?q=%22military%20aid"), 200, ""],
    [
      "a search whose operators stand nowhere",
      () => h.get("/api/search?q=%22AND%20(%20OR"),
      400,
      "SG_BAD_OPTION",
    ],
    ["an unknown route", () => h.get("/api/nothing/here"), 404, "SG_NOT_FOUND"],
    [
      "JSON that does not parse",
      () => h.send("POST", "/api/relations/1/confirm", "{oops"),
      400,
      "SG_BAD_REQUEST",
    ],
    ["a body that is no object", () => h.send("PATCH", "/api/relations/1", "[1,2]"), 400, "SG_BAD_REQUEST"],
    ["an edit that changes nothing", () => h.send("PATCH", "/api/relations/1", {}), 400, "SG_BAD_OPTION"],
    [
      "an unknown relation type",
      () => h.send("PATCH", "/api/relations/1", { type: "hug" }),
      400,
      "SG_BAD_OPTION",
    ],
    ["a polarity of 2", () => h.send("PATCH", "/api/relations/1", { polarity: 2 }), 400, "SG_BAD_REQUEST"],
    [
      "a decision on no relation",
      () => h.send("POST", "/api/relations/4242/reject", {}),
      404,
      "SG_NOT_FOUND",
    ],
    [
      "an empty author",
      () => h.send("POST", "/api/relations/1/confirm", { as: "  " }),
      400,
      "SG_BAD_REQUEST",
    ],
    [
      "a form where JSON is due",
      () => h.get("/api/relations/1/confirm", { method: "POST", body: new URLSearchParams({ a: "1" }) }),
      415,
      "SG_BAD_REQUEST",
    ],
    ["ingest with nothing to ingest", () => h.send("POST", "/api/ingest", {}), 400, "SG_BAD_REQUEST"],
    [
      "a URL that is no web address",
      () => h.send("POST", "/api/ingest", { urls: ["file:///etc/passwd"] }),
      400,
      "SG_BAD_REQUEST",
    ],
    [
      "a server-side path while paths are off",
      () => h.send("POST", "/api/ingest", { paths: ["/etc"] }),
      403,
      "SG_FORBIDDEN",
    ],
    [
      "an upload with no file",
      () => h.get("/api/ingest/upload", { method: "POST", body: new FormData() }),
      400,
      "SG_BAD_REQUEST",
    ],
    [
      "a body over the limit",
      () => h.send("POST", "/api/relations/1/confirm", JSON.stringify({ as: "x".repeat(2_100_000) })),
      413,
      "SG_PAYLOAD_TOO_LARGE",
    ],
  ];
  for (const [name, request, status, code] of malformed)
    test(`malformed: ${name} → ${status}${code ? ` ${code}` : ""}`, async () => {
      const res = await request();
      if (code === "") {
        assert.equal(res.status, status);
        return;
      }
      const e = await errorOf(res);
      assert.deepEqual([e.status, e.code], [status, code], e.message);
      assert.ok(e.message.length > 10);
      assert.ok(!e.message.includes(h.dir), `the server's folders stay private: ${e.message}`);
    });

  test("an upload of broken and binary files reports each and stores the rest", async () => {
    const documents = async () =>
      ((await (await h.get("/api/stats")).json()) as { documents: number }).documents;
    const before = await documents();
    const res = await upload(h, [
      { name: "broken.pdf", bytes: "%PDF-1.7 this is not a PDF at all" },
      { name: "noise.bin", bytes: new Uint8Array([0, 159, 146, 150, 0, 1, 2, 3, 0, 0]) },
      { name: "batch.jsonl", bytes: '{"text":"x"}\n' },
      { name: "fine.txt", bytes: "Hamas spokesman Hazem Qassem said on Monday that the talks had stalled." },
    ]);
    const s = (await res.json()) as { added: number; skipped: { where: string; code: string }[] };
    assert.equal(s.added, 1);
    assert.deepEqual(
      s.skipped.map((k) => k.where).sort(),
      ["broken.pdf", "noise.bin", "upload:batch.jsonl"].sort(),
    );
    assert.equal(await documents(), before + 1, "the kept counts are stale once the store changes");
  });

  test("regression (DOCX bomb): a small upload whose text is over the limit is skipped, not extracted", async () => {
    const docx = makeDocx(
      Array.from(
        { length: 20_000 },
        (_, i) => `Paragraph ${i}: Hamas said the talks had stalled and Iran praised it.`,
      ),
      { deflate: true },
    );
    assert.ok(docx.length < 200_000, `the DOCX is small (${docx.length} bytes)`);
    const s = (await (await upload(h, [{ name: "bomb.docx", bytes: docx }])).json()) as {
      added: number;
      skipped: { code: string }[];
    };
    assert.equal(s.added, 0);
    assert.deepEqual(
      s.skipped.map((k) => k.code),
      ["SG_INPUT_TOO_LARGE"],
    );
    assert.equal((await h.get("/api/stats")).status, 200, "the server goes on");
  });

  test("the OpenAPI document lists every route, with the errors the guards can answer", async () => {
    type Operation = { responses: Record<string, unknown> };
    const doc = (await (await h.get("/api/openapi.json")).json()) as {
      openapi: string;
      paths: Record<string, Record<string, Operation>>;
    };
    // Every route can meet the Host guard and a busy store; every write the token and the body checks.
    for (const [path, operations] of Object.entries(doc.paths))
      for (const [method, operation] of Object.entries(operations)) {
        const codes = Object.keys(operation.responses);
        const wanted = method === "get" ? ["403"] : ["400", "401", "403", "413", "415", "503"];
        if (method === "get" && path !== "/api/relation-types") wanted.push("400", "503");
        for (const code of wanted) assert.ok(codes.includes(code), `${method} ${path} documents ${code}`);
      }
    assert.equal(doc.openapi, "3.1.0");
    for (const path of [
      "/api/stats",
      "/api/documents/{id}",
      "/api/actors/{id}",
      "/api/relations",
      "/api/graph",
      "/api/balance",
      "/api/reports/{id}",
      "/api/review",
      "/api/relations/{id}/confirm",
      "/api/ingest/upload",
    ])
      assert.ok(doc.paths[path], path);
  });
});

describe("stancegraph serve: security", () => {
  test("a write from another site, or to another Host name, is refused", async () => {
    const h = await harness();
    try {
      const cross = await h.send(
        "POST",
        "/api/actors/merge",
        { into: "a", from: "b" },
        { origin: "https://evil.example" },
      );
      assert.deepEqual([(await errorOf(cross)).code, cross.status], ["SG_FORBIDDEN", 403]);
      const opaque = await h.send("POST", "/api/actors/merge", { into: "a", from: "b" }, { origin: "null" });
      assert.equal(opaque.status, 403);
      const fetchSite = await h.send(
        "POST",
        "/api/actors/merge",
        { into: "a", from: "b" },
        { "sec-fetch-site": "cross-site" },
      );
      assert.equal(fetchSite.status, 403, "Sec-Fetch-Site: cross-site");
      // DNS rebinding: a page on evil.example resolved to 127.0.0.1 sends Host: evil.example.
      const { port } = new URL(h.server.url);
      assert.equal(await statusWithHost(h, `evil.example:${port}`), 403);
      const res = await h.get("/api/stats");
      assert.match(res.headers.get("content-security-policy") ?? "", /script-src 'self'/);
      assert.equal(res.headers.get("x-content-type-options"), "nosniff");
      assert.equal(res.headers.get("strict-transport-security"), null, "no HSTS over plain HTTP");
    } finally {
      await close(h);
    }
  });

  test("beyond loopback, --public-host names the Host headers answered; others are refused", async () => {
    const h = await harness({ host: "0.0.0.0", publicHosts: ["Analysis.example", "intranet.example:8443"] });
    try {
      const { port } = new URL(h.server.url);
      const statusFor = (host: string) => statusWithHost(h, host);
      assert.equal(await statusFor(`analysis.example:${port}`), 200);
      assert.equal(await statusFor("analysis.example"), 200, "behind a proxy on the default port");
      assert.equal(await statusFor("analysis.example:443"), 200, "a bare name on any port");
      assert.equal(await statusFor("intranet.example:8443"), 200, "a name with its own port");
      assert.equal(await statusFor(`intranet.example:${port}`), 403, "… on that port only");
      assert.equal(await statusFor(`evil.example:${port}`), 403, "DNS rebinding");
      assert.equal(await statusFor("evil.example"), 403);
      assert.equal(await statusFor(`127.0.0.1:${port}`), 403, "only the public names");
    } finally {
      await close(h);
    }
  });

  test("--public-host on loopback (behind a local proxy) adds its names; a value that is no name is refused", async () => {
    const h = await harness({ publicHosts: ["::1", "analysis.example"] });
    try {
      const { port } = new URL(h.server.url);
      const statusFor = (host: string) => statusWithHost(h, host);
      assert.equal(await statusFor("analysis.example"), 200);
      assert.equal(await statusFor(`127.0.0.1:${port}`), 200, "this machine's names still work");
      assert.equal(await statusFor("[::1]:8443"), 200, "a bare IPv6 address, bracketed");
      assert.equal(await statusFor(`evil.example:${port}`), 403);
    } finally {
      await close(h);
    }
    for (const bad of ["http://analysis.example", "analysis.example/api", "", "a..b:99999"])
      await assert.rejects(harness({ publicHosts: [bad] }), /is not a host name/, bad);
  });

  test("a write while another process holds the store's lock: 503 and Retry-After, and reads go on", async () => {
    const h = await harness({}, 200);
    const other = new Database(join(h.dir, "s.db"));
    try {
      other.exec("BEGIN IMMEDIATE");
      const upload = await h.get("/api/ingest/upload", {
        method: "POST",
        body: (() => {
          const f = new FormData();
          f.append(
            "file",
            new Blob(["Iran's foreign minister said on Sunday that Tehran supports the talks."]),
            "a.txt",
          );
          return f;
        })(),
      });
      const s = (await upload.json()) as { added: number; skipped: { code: string }[] } & {
        error?: { code: string };
      };
      const busy = s.error?.code === "SG_STORE_BUSY" || s.skipped?.some((k) => k.code === "SG_STORE_BUSY");
      if (upload.status === 503) assert.equal(upload.headers.get("retry-after"), "2");
      assert.ok(busy, JSON.stringify(s));
      assert.equal((await h.get("/api/stats")).status, 200, "reads are not blocked by the writer (WAL)");
    } finally {
      other.exec("ROLLBACK");
      other.close();
      await close(h);
    }
  });

  test("with a token, writes need it and reads do not", async () => {
    const h = await harness({ token: "s3cret-token" });
    try {
      assert.equal(h.server.token, "s3cret-token");
      const none = await h.send("POST", "/api/relations/1/confirm", {});
      assert.deepEqual([none.status, (await errorOf(none)).code], [401, "SG_UNAUTHORIZED"]);
      const wrong = await h.send("POST", "/api/relations/1/confirm", {}, { authorization: "Bearer nope" });
      assert.equal(wrong.status, 401);
      const right = await h.send(
        "POST",
        "/api/relations/1/confirm",
        {},
        { authorization: "Bearer s3cret-token" },
      );
      assert.equal(right.status, 404, "past the token: there is no relation 1 in an empty store");
      assert.equal((await h.get("/api/stats")).status, 200);
    } finally {
      await close(h);
    }
  });

  test("beyond loopback a token is made when none is given", async () => {
    const h = await harness({ host: "0.0.0.0" });
    try {
      assert.ok(h.server.token && h.server.token.length >= 24);
    } finally {
      await close(h);
    }
  });

  test("URL ingest reaches public addresses only, unless private ones are allowed", async () => {
    const page = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("Internal memo: Hamas spokesman Hazem Qassem said the password is hunter2.");
    });
    page.listen(0, "127.0.0.1");
    await once(page, "listening");
    const base = `http://127.0.0.1:${(page.address() as AddressInfo).port}`;
    const guarded = await harness();
    const open = await harness({ allowPrivateUrls: true });
    try {
      const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>x</title><link>${base}/memo</link><description>short</description></item></channel></rss>`;
      for (const request of [
        () =>
          guarded.send("POST", "/api/ingest", {
            urls: [`${base}/memo`, `http://localhost:${new URL(base).port}/memo`],
          }),
        () => upload(guarded, [{ name: "feed.xml", bytes: feed }]),
      ]) {
        const s = (await (await request()).json()) as { added: number; skipped: { code: string }[] };
        assert.equal(
          s.added === 0 || s.skipped.every((k) => k.code === "SG_FORBIDDEN"),
          true,
          JSON.stringify(s),
        );
      }
      assert.deepEqual(
        await (await guarded.get("/api/search?q=hunter2")).json(),
        [],
        "nothing private was read",
      );
      const allowed = (await (await open.send("POST", "/api/ingest", { urls: [`${base}/memo`] })).json()) as {
        added: number;
      };
      assert.equal(allowed.added, 1);
    } finally {
      page.close();
      await close(guarded);
      await close(open);
    }
  });

  test("server-side paths: only under --allow-path, and no path or link leads out of it", async () => {
    const root = await mkdtemp(join(tmpdir(), "sg-allow-"));
    const allowed = join(root, "allowed");
    await mkdir(allowed);
    await writeFile(
      join(allowed, "note.txt"),
      "Iran's foreign minister said on Sunday that Tehran supports the talks.",
    );
    await writeFile(join(root, "secret.txt"), "Not to be read.");
    await symlink(join(root, "secret.txt"), join(allowed, "link.txt"));
    // regression (allow-path escape through a folder's link): a link one folder down, and a link to a folder.
    await mkdir(join(allowed, "sub"));
    await symlink(join(root, "secret.txt"), join(allowed, "sub", "innocent.txt"));
    await symlink(root, join(allowed, "sub", "up"));
    await writeFile(join(root, "batch.jsonl"), `${JSON.stringify({ text: "Not to be read either." })}\n`);
    await symlink(join(root, "batch.jsonl"), join(allowed, "sub", "batch.jsonl"));
    const h = await harness({ allowPath: allowed });
    try {
      for (const path of ["../secret.txt", join(root, "secret.txt"), "link.txt", "missing.txt"]) {
        const res = await h.send("POST", "/api/ingest", { paths: [path] });
        assert.deepEqual([res.status, (await errorOf(res)).code], [403, "SG_FORBIDDEN"], path);
      }
      const ok = await h.send("POST", "/api/ingest", { paths: ["note.txt"] });
      assert.equal(ok.status, 200);
      assert.equal(((await ok.json()) as { added: number }).added, 1);
      const pattern = await h.send("POST", "/api/ingest", { paths: ["sub/*.txt"] });
      assert.equal(pattern.status, 403, "no patterns on the server's disk");
      for (const paths of [["."], ["sub"]]) {
        const folder = await h.send("POST", "/api/ingest", { paths });
        const s = (await folder.json()) as { added: number; alreadyStored: number };
        assert.equal(s.added, 0, `nothing from outside through ${paths[0]}: ${JSON.stringify(s)}`);
      }
      assert.deepEqual(
        await (await h.get("/api/search?q=read")).json(),
        [],
        "the outside texts were never read",
      );
    } finally {
      await close(h);
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe("stancegraph serve: whole-corpus answers are kept until the store changes", () => {
  test("the graph is computed once, given again, and computed anew after a decision", async () => {
    const h = await harness();
    try {
      const res = await upload(h, [
        { name: FILES[0] as string, bytes: await readFile(join(CORPUS, FILES[0] as string)) },
      ]);
      assert.equal(res.status, 200);
      const first = (await (await h.get("/api/graph")).json()) as { edges: { relations: number[] }[] };
      const again = await h.get("/api/graph");
      assert.match(
        again.headers.get("content-security-policy") ?? "",
        /default-src 'self'/,
        "headers on a kept answer",
      );
      assert.equal(again.headers.get("content-encoding"), "gzip", "kept answers go compressed");
      assert.deepEqual(await again.json(), first);
      const id = first.edges[0]?.relations[0];
      assert.ok(id);
      assert.equal((await h.send("POST", `/api/relations/${id}/reject`, {})).status, 200);
      const after = (await (await h.get("/api/graph")).json()) as { edges: { relations: number[] }[] };
      assert.ok(
        !after.edges.some((e) => e.relations.includes(id)),
        "the rejected relation is gone from the graph",
      );
    } finally {
      await close(h);
    }
  });
});
