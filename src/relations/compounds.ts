// Names inside hyphenated modifiers ("Iran-backed Hamas", "Turkish-backed rebels", "Iran-aligned
// militias", "the Saudi-led coalition"): the name modifies the phrase's head and does not act in the
// sentence, so the frame stops seeing it as the head; a backing or an alignment is itself a relation.

import { compoundModifier } from "../text/compoundModifiers.js";
import type { Draft, Frame, Mention } from "./frame.js";
import type { RelationLexicon } from "./relationLexicon.js";

/** Hides modifier names from the frame and drafts the support that "-backed" and "-aligned" state. */
export function readCompoundModifiers(f: Frame, lex: RelationLexicon, drafts: Draft[]): void {
  const { tk } = f;
  for (let k = 0; k < tk.length; k++) {
    if (f.mentionOf[k] === -1) continue;
    const kind = compoundModifier(tk.surface[k] ?? "");
    if (kind === null) continue;
    const start = tk.starts[k] as number;
    const end = tk.ends[k] as number;
    let inner: Mention | null = null;
    for (const m of f.mentions)
      if (m.start === start && m.end <= end && (inner === null || m.end < inner.end)) inner = m;
    if (inner === null) continue;
    const outer = f.mentions[f.mentionOf[k] as number] as Mention;
    let head: string | null = null;
    if (outer.end > end) head = outer.actor;
    else {
      // "Iran-backed Hamas": the next name is the head; the modifier is no mention of the sentence's.
      f.mentionOf[k] = -1;
      const next = f.mentionOf[k + 1] ?? -1;
      if (next !== -1) head = (f.mentions[next] as Mention).actor;
    }
    if (head === null || head === inner.actor || kind === "other") continue;
    const support = lex.types.get("support");
    if (!support) continue;
    drafts.push({
      sources: [kind === "backing" ? inner.actor : head],
      targets: [kind === "backing" ? head : inner.actor],
      type: support,
      from: k,
      to: k + 1,
      at: k,
      statement: f.contentOf[k] ?? -1,
      confidence: 0.6,
      mutual: false,
    });
  }
}
