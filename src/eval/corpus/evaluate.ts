// Scores the extractor on a corpus of our own analysis-style texts with hand-written expectations
// (examples/expected.json): statements matched by speaker, cue and the opening of their content, and the
// roles and organisations of actors. This is the "actor-level" check CONTRACT.md asks each project to
// write for itself, since no dev file exists for it.

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { foldName } from "../../actors/speakerActors.js";
import type { ExtractionResult, Statement } from "../../contract/extraction.js";
import { StancegraphError } from "../../errors.js";
import { createExtractor } from "../../pipeline/extract.js";

export interface ExpectedStatement {
  /** null for the writer's impression that names no one ("Both seemed content to …"). */
  speaker: string | null;
  speakerText?: string;
  cue: string;
  contentStartsWith: string;
  kind?: string;
  date?: string | null;
  notes?: string[];
}

export interface ExpectedActor {
  name: string;
  role?: string | null;
  organization?: string | null;
  anonymous?: boolean;
}

export interface ExpectedRelation {
  source: string;
  target: string;
  type: string;
  polarity: number;
  evidence?: string;
}

/** A relation the text must not yield: negated ("did not condemn") or hypothetical ("Let's imagine …"). */
export interface ForbiddenRelation {
  source: string;
  target: string;
  type: string;
  reason: string;
  evidence?: string;
}

interface ExpectedFile {
  date?: string;
  statements: ExpectedStatement[];
  actors?: ExpectedActor[];
  relations?: ExpectedRelation[];
  notRelations?: ForbiddenRelation[];
}

export interface CorpusMiss {
  file: string;
  expected: ExpectedStatement;
}

export interface CorpusReport {
  files: number;
  statements: {
    expected: number;
    predicted: number;
    matched: number;
    speakerRight: number;
    precision: number;
    recall: number;
    f1: number;
  };
  dates: { expected: number; right: number };
  /**
   * Expected actors with a stated role: how many have it, and how many have it with the stated
   * organisation; those that do not, by name.
   */
  roles: { expected: number; right: number; withOrganization: number; missed: string[] };
  /** Pairs of different expected actors that came out as one actor (name/name). */
  falseMerges: string[];
  /**
   * Signed edges: expected (source, target, polarity) found, and predicted distinct edges that match
   * one; names matched after folding and through the alias groups. `sameType`: found with the same type.
   */
  relations: {
    expected: number;
    found: number;
    sameType: number;
    predicted: number;
    matching: number;
    precision: number;
    recall: number;
    f1: number;
    missed: string[];
    extra: string[];
  };
  /** Negated and hypothetical relations that came out anyway. */
  forbidden: { expected: number; violated: string[] };
  misses: CorpusMiss[];
  extras: { file: string; statement: Pick<Statement, "speakerText" | "cue" | "content"> }[];
}

function norm(s: string): string {
  return foldName(s)
    .replace(/[^a-z0-9 ]/g, "")
    .trim();
}

function pct(n: number, d: number): number {
  return d === 0 ? 0 : Math.round((1000 * n) / d) / 10;
}

/** A predicted statement matches when its cue and content opening agree; the speaker is scored on top. */
function contentMatches(s: Statement, e: ExpectedStatement): boolean {
  const want = norm(e.contentStartsWith);
  const got = norm(s.content.replace(/^that\s+/i, ""));
  return got.startsWith(want) || norm(s.content).startsWith(want) || (want.length > 12 && got.includes(want));
}

function speakerMatches(s: Statement, e: ExpectedStatement, result: ExtractionResult): boolean {
  if (e.speaker === null) return s.speaker === null && s.speakerText === null;
  const actor = result.actors.find((a) => a.id === s.speaker);
  const names = [actor?.name, ...(actor?.aliases ?? []), s.speakerText]
    .filter((x): x is string => !!x)
    .map(norm);
  const want = norm(e.speaker);
  return names.some(
    (n) => n === want || n.endsWith(` ${want}`) || want.endsWith(` ${n}`) || n.includes(want),
  );
}

/** Relation types that hold both ways, as the relation lexicon's symmetric types. */
const MUTUAL_TYPES = new Set(["meet", "consult", "cooperate", "coordinate", "restore_relations"]);

/** Each folded alias to the index of its group, so that "Tehran" and "Iran" name one actor. */
function aliasGroups(groups: readonly string[][]): Map<string, number> {
  const out = new Map<string, number>();
  groups.forEach((g, i) => {
    for (const name of g) out.set(norm(name), i);
  });
  return out;
}

/** Does one of the actor's names (name, aliases) name the expected actor? */
function namesActor(
  result: ExtractionResult,
  id: string,
  want: string,
  groups: Map<string, number>,
): boolean {
  const actor = result.actors.find((a) => a.id === id);
  if (!actor) return false;
  const w = norm(want);
  const group = groups.get(w);
  return [actor.name, ...actor.aliases].some((n) => {
    const x = norm(n);
    if (x === "") return false;
    if (x === w || (group !== undefined && groups.get(x) === group)) return true;
    // A surname against a full name: "Hariri" for "Nasser al-Hariri".
    return x.endsWith(` ${w}`) || w.endsWith(` ${x}`);
  });
}

function scoreRelations(
  file: string,
  exp: ExpectedFile,
  result: ExtractionResult,
  groups: Map<string, number>,
  report: CorpusReport,
): void {
  const r = report.relations;
  const expected = exp.relations ?? [];
  const name = (id: string) => result.actors.find((a) => a.id === id)?.name ?? id;
  // A meeting, a consultation or restored relations hold both ways: either direction is the edge.
  const hits = (p: ExtractionResult["relations"][number], e: ExpectedRelation) =>
    p.polarity === e.polarity &&
    ((namesActor(result, p.source, e.source, groups) && namesActor(result, p.target, e.target, groups)) ||
      (MUTUAL_TYPES.has(e.type) &&
        namesActor(result, p.source, e.target, groups) &&
        namesActor(result, p.target, e.source, groups)));
  r.expected += expected.length;
  for (const e of expected) {
    const found = result.relations.filter((p) => hits(p, e));
    if (found.length === 0) {
      r.missed.push(`${file}: ${e.source} -${e.type}(${e.polarity})-> ${e.target}`);
      continue;
    }
    r.found++;
    if (found.some((p) => p.type === e.type)) r.sameType++;
  }
  // Precision over distinct signed edges: a relation stated three times is one edge.
  const edges = new Map<string, ExtractionResult["relations"][number]>();
  for (const p of result.relations) edges.set(`${p.source} ${p.target} ${p.polarity}`, p);
  for (const p of edges.values()) {
    r.predicted++;
    if (expected.some((e) => hits(p, e))) r.matching++;
    else r.extra.push(`${file}: ${name(p.source)} -${p.type}(${p.polarity})-> ${name(p.target)}`);
  }
  for (const f of exp.notRelations ?? []) {
    report.forbidden.expected++;
    const bad = result.relations.find(
      (p) =>
        p.type === f.type &&
        namesActor(result, p.source, f.source, groups) &&
        namesActor(result, p.target, f.target, groups),
    );
    if (bad) report.forbidden.violated.push(`${file}: ${f.source} -${f.type}-> ${f.target} (${f.reason})`);
  }
}

export function evaluateCorpus(expectedPath: string): CorpusReport {
  let json: { files?: Record<string, ExpectedFile> };
  try {
    json = JSON.parse(readFileSync(expectedPath, "utf8")) as typeof json;
  } catch (e) {
    throw new StancegraphError(
      "SG_EVAL_DATA_MISSING",
      `cannot read the expectations file ${expectedPath}: ${(e as Error).message}`,
    );
  }
  const files = json.files ?? {};
  const extractor = createExtractor();
  const report: CorpusReport = {
    files: 0,
    statements: { expected: 0, predicted: 0, matched: 0, speakerRight: 0, precision: 0, recall: 0, f1: 0 },
    dates: { expected: 0, right: 0 },
    roles: { expected: 0, right: 0, withOrganization: 0, missed: [] },
    falseMerges: [],
    relations: {
      expected: 0,
      found: 0,
      sameType: 0,
      predicted: 0,
      matching: 0,
      precision: 0,
      recall: 0,
      f1: 0,
      missed: [],
      extra: [],
    },
    forbidden: { expected: 0, violated: [] },
    misses: [],
    extras: [],
  };
  const groups = aliasGroups((json as { aliases?: string[][] }).aliases ?? []);
  for (const [file, exp] of Object.entries(files)) {
    const text = readFileSync(join(dirname(expectedPath), "corpus", file), "utf8");
    const result = extractor.extract({ id: file, text, date: exp.date ?? null });
    report.files++;
    report.statements.expected += exp.statements.length;
    report.statements.predicted += result.statements.length;
    const used = new Set<Statement>();
    for (const e of exp.statements) {
      const hit = result.statements.find((s) => !used.has(s) && contentMatches(s, e));
      if (!hit) {
        report.misses.push({ file, expected: e });
        continue;
      }
      used.add(hit);
      report.statements.matched++;
      if (speakerMatches(hit, e, result)) report.statements.speakerRight++;
      if (e.date) {
        report.dates.expected++;
        if (hit.date === e.date) report.dates.right++;
      }
    }
    for (const s of result.statements) {
      if (!used.has(s))
        report.extras.push({
          file,
          statement: { speakerText: s.speakerText, cue: s.cue, content: s.content },
        });
    }
    scoreRelations(file, exp, result, groups, report);
    // An expected actor is the result's actor with that name or alias (dictionary actors have their
    // canonical name: "Isma'il Haniya" for "Ismail Haniyeh").
    const named = (name: string) =>
      result.actors.find((x) => norm(x.name) === norm(name) || x.aliases.some((s) => norm(s) === norm(name)));
    const byName = (id: string) => result.actors.find((x) => x.id === id);
    const seen = new Map<string, string>();
    for (const a of exp.actors ?? []) {
      if (a.anonymous) continue;
      const actor = named(a.name);
      if (actor) {
        const other = seen.get(actor.id);
        if (other !== undefined && norm(other) !== norm(a.name))
          report.falseMerges.push(`${file}: ${other} / ${a.name}`);
        seen.set(actor.id, a.name);
      }
      if (!a.role) continue;
      report.roles.expected++;
      const role = norm(a.role);
      const sameRole = (r: string | null) => r !== null && (norm(r).includes(role) || role.includes(norm(r)));
      const withRole = (actor?.affiliations ?? []).filter((f) => sameRole(f.role));
      // A role the text states of no one named ("columnist Fadi al-Hourani") is in the actor's roles.
      const bare = (actor?.roles ?? []).some((r) => norm(r) === role);
      if (withRole.length === 0 && !bare) {
        report.roles.missed.push(
          `${file}: ${a.name} (${a.role}${a.organization ? ` of ${a.organization}` : ""})`,
        );
        continue;
      }
      report.roles.right++;
      const org = a.organization ? norm(a.organization) : null;
      const orgMatches = (id: string) => {
        const o = byName(id);
        return (
          o !== undefined &&
          [o.name, ...o.aliases].some(
            (n) => norm(n).includes(org as string) || (org as string).includes(norm(n)),
          )
        );
      };
      if (org === null || withRole.some((f) => orgMatches(f.actor))) report.roles.withOrganization++;
      else report.roles.missed.push(`${file}: ${a.name} has the role but not with ${a.organization}`);
    }
  }
  const rel = report.relations;
  rel.precision = pct(rel.matching, rel.predicted);
  rel.recall = pct(rel.found, rel.expected);
  rel.f1 =
    rel.precision + rel.recall === 0
      ? 0
      : Math.round((20 * rel.precision * rel.recall) / (rel.precision + rel.recall)) / 10;
  const st = report.statements;
  st.precision = pct(st.matched, st.predicted);
  st.recall = pct(st.matched, st.expected);
  st.f1 =
    st.precision + st.recall === 0
      ? 0
      : Math.round((20 * st.precision * st.recall) / (st.precision + st.recall)) / 10;
  return report;
}
