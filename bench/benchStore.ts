// The generated store the store and serve benchmarks share: built once, then reused while the generator
// and the schema stay the same. At least 1,000,000 statements from generated extractions: 20,000 actors
// whose popularity follows a Zipf law, as a corpus about a region has its few hubs and its long tail;
// 15 statements, about 4 relations and 20 mentions per document, over ten years.

import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Actor, ExtractionResult, Relation, Statement } from "../src/contract/extraction.js";
import { SCHEMA } from "../src/contract/extraction.js";
import { SCHEMA_VERSION } from "../src/store/sqlite/migrations.js";
import { SqliteStore } from "../src/store/sqlite/sqliteStore.js";
import { prng } from "../src/testing/prng.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const OUT_DIR = join(ROOT, "bench/out");
/** Bump when the generator changes: the cached store is rebuilt. */
const GENERATOR = 5;

export const ACTORS = 20_000;
const PER_DOC = 15;
const TYPES: [string, -1 | 0 | 1][] = [
  ["praise", 1],
  ["thank", 1],
  ["support", 1],
  ["criticize", -1],
  ["condemn", -1],
  ["meet", 0],
];

/** Zipf-distributed actor index: a few hubs, a long tail. */
function zipf(rand: () => number, n: number): () => number {
  const weights = Float64Array.from({ length: n }, (_, i) => 1 / (i + 1));
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) cumulative[i] = total += weights[i] as number;
  return () => {
    const x = rand() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export const actorId = (i: number) => `actor-${i}`;
const actorName = (i: number) => `Actor ${i}`;
const TYPE_OF = ["organization", "person", "state", "group", "media"] as const;

function generateDocument(
  d: number,
  rand: () => number,
  pick: () => number,
): { text: string; x: ExtractionResult; date: string } {
  const year = 2015 + Math.floor(rand() * 10);
  const date = `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, "0")}-${String(1 + Math.floor(rand() * 28)).padStart(2, "0")}`;
  let text = `Report ${d}\n\n`;
  const actors = new Map<number, Actor>();
  const mention = (i: number, start: number, end: number) => {
    let a = actors.get(i);
    if (!a) {
      a = {
        id: actorId(i),
        name: actorName(i),
        type: TYPE_OF[i % 5] as Actor["type"],
        aliases: [actorName(i)],
        known: i % 3 !== 0,
        affiliations: i % 5 === 1 ? [{ actor: actorId(i % 100), role: "spokesman" }] : [],
        mentions: [],
      };
      actors.set(i, a);
    }
    a.mentions.push([start, end]);
  };
  const statements: Statement[] = [];
  const relations: Relation[] = [];
  for (let k = 0; k < PER_DOC; k++) {
    const speaker = pick();
    const about = pick();
    const [type, polarity] = TYPES[Math.floor(rand() * TYPES.length)] as [string, -1 | 0 | 1];
    const start = text.length;
    const s1 = `${actorName(speaker)} said that the ${type} of ${actorName(about)} was noted in talks number ${d * PER_DOC + k}.`;
    text += `${s1} `;
    mention(speaker, start, start + actorName(speaker).length);
    const aboutAt = start + s1.indexOf(actorName(about), actorName(speaker).length);
    mention(about, aboutAt, aboutAt + actorName(about).length);
    const contentStart = start + s1.indexOf("the ");
    statements.push({
      id: `s${k + 1}`,
      speaker: actorId(speaker),
      speakerText: actorName(speaker),
      speakerSpan: [start, start + actorName(speaker).length],
      cue: "said",
      cueSpan: [start + actorName(speaker).length + 1, start + actorName(speaker).length + 5],
      content: text.slice(contentStart, start + s1.length - 1),
      contentSpans: [[contentStart, start + s1.length - 1]],
      kind: "indirect",
      date,
      notes: [],
      confidence: 0.8,
    });
    if (speaker !== about && rand() < 0.27) {
      relations.push({
        id: `r${relations.length + 1}`,
        source: actorId(speaker),
        target: actorId(about),
        type,
        polarity,
        date,
        statement: `s${k + 1}`,
        evidence: [start, start + s1.length],
        confidence: 0.7,
      });
    }
  }
  const x: ExtractionResult = {
    schema: SCHEMA,
    document: { id: `bench-${d}`, source: null, title: `Report ${d}`, date, text },
    actors: [...actors.values()],
    statements,
    relations,
  };
  return { text, x, date };
}

async function buildStore(path: string, statements: number): Promise<void> {
  const marker = `${path}.json`;
  const want = JSON.stringify({ generator: GENERATOR, schema: SCHEMA_VERSION, statements });
  if (existsSync(path) && existsSync(marker) && readFileSync(marker, "utf8") === want) return;
  for (const f of [path, `${path}-wal`, `${path}-shm`, marker]) rmSync(f, { force: true });
  const store = new SqliteStore(path);
  const rand = prng(2026);
  const pick = zipf(rand, ACTORS);
  const docs = Math.ceil(statements / PER_DOC);
  const began = performance.now();
  for (let d = 0; d < docs; d++) {
    const { text, x, date } = generateDocument(d, rand, pick);
    await store.addDocument({
      rawHash: `raw-${d}`,
      textHash: `text-${d}`,
      source: `bench/${d}`,
      format: "text",
      title: `Report ${d}`,
      date,
      language: "eng",
      text,
      status: "extracted",
      statusDetail: null,
      extraction: x,
    });
    if (d % 5000 === 0) process.stdout.write(`\r  building the store: ${d} / ${docs} documents`);
  }
  await store.close();
  writeFileSync(marker, want);
  process.stdout.write(
    `\r  built ${docs} documents in ${((performance.now() - began) / 1000).toFixed(0)} s${" ".repeat(20)}\n`,
  );
}

/** The generated store with `statements` statements, built if it is not there yet; its path. */
export async function ensureBenchStore(statements: number): Promise<string> {
  await mkdir(OUT_DIR, { recursive: true });
  const path = join(OUT_DIR, "store-bench.db");
  await buildStore(path, statements);
  return path;
}
