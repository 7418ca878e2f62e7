// From drafts to the contract's relations: pairs (both ways for mutual ones), the evidence span, the
// statement, the date or period of the trigger's clause, and no relation for actors that name no one.

import type { Actor, Span, Statement } from "../contract/extraction.js";
import { type RelationDate, resolveRelationDate } from "../dates/relationDate.js";
import type { FoundRelation, RelationInput } from "./findRelations.js";
import type { Draft, Frame } from "./frame.js";
import { actorIndex, type NameRegistry, namesSomeone } from "./names.js";

export function emit(
  d: Draft,
  f: Frame,
  input: RelationInput,
  out: FoundRelation[],
  seen: Set<string>,
  names: NameRegistry,
): void {
  const { tk } = f;
  const last = tk.length - 1;
  const from = Math.max(0, Math.min(d.from, last));
  const to = Math.max(from, Math.min(d.to, last));
  const evidence: Span = [tk.starts[from] as number, tk.ends[to] as number];
  const st = d.statement !== -1 ? (input.statements[d.statement] as Statement) : null;
  // Dated only once a pair survives (most drafts give none), and once per clause (drafts share clauses).
  let when: RelationDate | null = null;
  const pairs: [string, string][] = [];
  for (const s of d.sources) for (const t of d.targets) if (s !== t) pairs.push([s, t]);
  if (d.mutual && d.sources !== d.targets)
    for (const s of d.sources) for (const t of d.targets) if (s !== t) pairs.push([t, s]);
  for (const [source, target] of pairs) {
    // "official", "declaration", "allies": a lower-case word taken for a speaker names no one to relate.
    // A person's praise of their own organisation ("we thank its commander" read as Hizbullah) is noise.
    // Nor is a stance reading (evaluative words, tone: confidence 0.55 and under) toward one's own
    // organisation ("a stab in the back" said by a commander of the division it lands on).
    if ((d.type.polarity > 0 || d.confidence <= 0.55) && ownOrganisation(input.actors, source, target))
      continue;
    if (!namesSomeone(input.actors, input.words, source) || !namesSomeone(input.actors, input.words, target))
      continue;
    // One fact once per sentence, whichever path found it ("refused to meet" as a refusal and as a meeting refused).
    const key = `${source}\u0000${target}\u0000${d.type.type}\u0000${f.sentence[0]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    when ??= datedClause(clauseText(f, d.at, input.text, st), input.date);
    const date = when.date ?? (when.period ? null : (st?.date ?? null));
    const r: FoundRelation = {
      id: `r${out.length + 1}`,
      source,
      target,
      type: d.type.type,
      polarity: d.type.polarity,
      date,
      statement: st ? st.id : null,
      evidence,
      confidence: d.confidence,
    };
    if (when.period) r.period = when.period;
    out.push(r);
    names.use(source);
    names.use(target);
  }
}

/** The last clause dated, and its date: the drafts of one clause come one after another. */
let lastClause = "";
let lastDocDate: string | null = null;
let lastWhen: RelationDate | null = null;

function firstTokenFrom(tk: Frame["tk"], offset: number): number {
  let t = 0;
  while (t < tk.length && (tk.starts[t] as number) < offset) t++;
  return t;
}

function datedClause(clause: string, docDate: string | null): RelationDate {
  if (lastWhen === null || clause !== lastClause || docDate !== lastDocDate) {
    lastWhen = resolveRelationDate(clause, docDate);
    lastClause = clause;
    lastDocDate = docDate;
  }
  return lastWhen;
}

/** Words that open a new clause after a comma, for the clause that dates a trigger. */
const CLAUSE_OPENERS = new Set(["which", "who", "while", "but"]);

/** A semicolon or colon token: a clause break. */
function isClauseBreak(surface: string | undefined): boolean {
  return surface === ";" || surface === ":";
}

/** The text of the clause around token k, for its date: from the previous clause break to the next. */
function clauseText(f: Frame, k: number, text: string, st: Statement | null = null): string {
  const { tk } = f;
  // "Haniyeh said on Tuesday that Hamas had broken with Damascus in 2012": inside what was said, the
  // clause starts with the content; the day of the saying is the statement's.
  const at = tk.starts[k] as number;
  const within = st?.contentSpans.find(([x, y]) => x <= at && at < y);
  const floor = within ? firstTokenFrom(tk, within[0]) : 0;
  let a = k;
  while (
    a > floor &&
    !isClauseBreak(tk.surface[a - 1]) &&
    !(tk.surface[a - 1] === "," && CLAUSE_OPENERS.has(tk.lower[a] ?? ""))
  )
    a--;
  let b = k;
  while (
    b + 1 < tk.length &&
    !isClauseBreak(tk.surface[b + 1]) &&
    !(tk.surface[b + 1] === "," && CLAUSE_OPENERS.has(tk.lower[b + 2] ?? ""))
  )
    b++;
  return text.slice(tk.starts[a] as number, tk.ends[b] as number);
}

function ownOrganisation(actors: readonly Actor[], source: string, target: string): boolean {
  const a = actorIndex(actors).get(source);
  return a?.type === "person" && a.affiliations.some((f) => f.actor === target);
}
