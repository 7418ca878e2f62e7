// An analyst's briefing on one actor: its roles, then a section per counterpart (by weight of evidence)
// with the relations between them over time and the key statements, every claim tied to a source note
// that names the document and the span. The data here; markdown.ts and html.ts lay it out.

import { loadActorGraph } from "../graph/fromStore.js";
import type {
  ActorRef,
  RoleOverTime,
  Store,
  StoredRelation,
  StoredStatement,
  TimeWindow,
} from "../store/store.js";

export interface SourceNote {
  /** 1-based, in order of first citation. */
  n: number;
  document: number;
  title: string | null;
  source: string;
  date: string | null;
  span: [number, number];
  /** The words at the span (the sentence of a relation, the content of a statement). */
  quote: string;
}

export interface BriefingRelation {
  relation: StoredRelation;
  note: number;
}

export interface BriefingStatement {
  statement: StoredStatement;
  note: number;
}

export interface CounterpartSection {
  counterpart: ActorRef;
  positive: number;
  negative: number;
  neutral: number;
  first: string | null;
  last: string | null;
  relations: BriefingRelation[];
  statements: BriefingStatement[];
}

export interface Briefing {
  actor: ActorRef;
  window: TimeWindow;
  rolledUp: boolean;
  /** Names of the actors whose relations count for this one (rolled up, or merged). */
  members: string[];
  roles: RoleOverTime[];
  sections: CounterpartSection[];
  notes: SourceNote[];
  generated: string;
}

export interface BriefingOptions {
  window?: TimeWindow;
  rollUp?: boolean;
  /** Most counterparts with a section (by evidence). */
  counterparts?: number;
  /** Most relations listed per counterpart. */
  relations?: number;
}

const dayOf = (r: StoredRelation): string =>
  r.period?.from ?? (r.date && /^\d/.test(r.date) ? r.date : null) ?? r.documentDate ?? "";

export async function buildBriefing(
  store: Store,
  actor: ActorRef,
  options: BriefingOptions = {},
): Promise<Briefing> {
  const window = options.window ?? {};
  const graph = await loadActorGraph(store, { window, rollUp: options.rollUp === true });
  const profile = await store.actorProfile(actor.id, { ...window, limit: 1 });
  const notes: SourceNote[] = [];
  const noteFor = new Map<string, number>();
  const cite = (
    document: number,
    span: [number, number],
    quote: string,
    meta: Omit<SourceNote, "n" | "document" | "span" | "quote">,
  ): number => {
    const key = `${document}:${span[0]}:${span[1]}`;
    const known = noteFor.get(key);
    if (known !== undefined) return known;
    const n = notes.length + 1;
    notes.push({ n, document, span, quote, ...meta });
    noteFor.set(key, n);
    return n;
  };
  const sections: CounterpartSection[] = [];
  const node = actor.id;
  if (graph.hasNode(node)) {
    const byCounterpart = new Map<string, number[]>();
    graph.forEachEdge(node, (_e, attrs, s, t) => {
      const other = s === node ? t : s;
      byCounterpart.set(other, [...(byCounterpart.get(other) ?? []), ...attrs.relations.map((r) => r.id)]);
    });
    const ranked = [...byCounterpart].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
    const refs = await store.actorsById(ranked.map(([id]) => id));
    for (const [other, ids] of ranked.slice(0, options.counterparts ?? 12)) {
      const relations = (await Promise.all(ids.map((id) => store.getRelation(id))))
        .filter((r): r is StoredRelation => r !== null)
        .sort((a, b) => dayOf(a).localeCompare(dayOf(b)) || a.id - b.id);
      const section: CounterpartSection = {
        counterpart: refs.get(other) ?? { id: other, name: other, type: "unknown", known: false },
        positive: relations.filter((r) => r.polarity > 0).length,
        negative: relations.filter((r) => r.polarity < 0).length,
        neutral: relations.filter((r) => r.polarity === 0).length,
        first: relations.length > 0 ? dayOf(relations[0] as StoredRelation) || null : null,
        last: relations.length > 0 ? dayOf(relations[relations.length - 1] as StoredRelation) || null : null,
        relations: [],
        statements: [],
      };
      const seenStatements = new Set<number>();
      // A mutual relation ("A and B met") is stored both ways; the briefing says it once.
      const said = new Set<string>();
      const once = relations.filter((r) => {
        const ends = [r.source.id, r.target.id].sort().join("\u0000");
        const key = `${r.document}:${r.evidence[0]}:${r.evidence[1]}:${r.type}:${ends}`;
        if (said.has(key)) return false;
        said.add(key);
        return true;
      });
      for (const r of once.slice(0, options.relations ?? 15)) {
        const meta = { title: r.documentTitle, source: r.documentSource, date: r.documentDate };
        section.relations.push({ relation: r, note: cite(r.document, r.sentence, r.sentenceText, meta) });
        if (r.statement !== null && !seenStatements.has(r.statement)) {
          seenStatements.add(r.statement);
          const st = await store.getStatement(r.statement);
          if (st) {
            const span: [number, number] = [
              st.contentSpans[0]?.[0] ?? 0,
              st.contentSpans[st.contentSpans.length - 1]?.[1] ?? 0,
            ];
            section.statements.push({ statement: st, note: cite(st.document, span, st.content, meta) });
          }
        }
      }
      sections.push(section);
    }
  }
  // Members by name, as a reader knows them ("Isma'il Haniya", not "ismail-haniya").
  const memberIds: string[] = graph.hasNode(node) ? graph.getNodeAttribute(node, "members") : [];
  const memberRefs = memberIds.length > 0 ? await store.actorsById(memberIds) : new Map<string, ActorRef>();
  return {
    actor,
    window,
    rolledUp: options.rollUp === true,
    members: memberIds.map((id) => memberRefs.get(id)?.name ?? id),
    roles: profile?.roles ?? [],
    sections,
    notes,
    generated: new Date().toISOString().slice(0, 10),
  };
}

/** "allied", "hostile", "mixed" or "contact only", from the signed counts. */
export function stanceWord(s: Pick<CounterpartSection, "positive" | "negative">): string {
  if (s.positive === 0 && s.negative === 0) return "contact only";
  if (s.negative === 0) return "allied";
  if (s.positive === 0) return "hostile";
  return s.positive > s.negative ? "mostly allied" : s.negative > s.positive ? "mostly hostile" : "mixed";
}
