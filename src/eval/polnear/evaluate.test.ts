// Tests for the PolNeAR evaluation runner (evaluate.ts): a tiny corpus written to a temporary folder, the
// missing-data errors, and the real dev split when ../shared/data/polnear is present (gold re-slices to the
// brat text; gold scored against itself is 100).

import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, describe, test } from "node:test";
import { type ExtractionResult, SCHEMA, type Statement } from "../../contract/extraction.js";
import { StancegraphError } from "../../errors.js";
import type { Extractor } from "../../pipeline/extract.js";
import { codePointOffsets, fragmentsToUtf16, parseBrat } from "./brat.js";
import { type DocumentErrors, evaluatePolnear, loadPolnearSplit } from "./evaluate.js";
import { addCounts, type Counts, emptyCounts, figures, ROLES, type Role, scoreDocument } from "./score.js";

function statement(partial: Partial<Statement>): Statement {
  return {
    id: "s",
    speaker: null,
    speakerText: null,
    speakerSpan: null,
    cue: null,
    cueSpan: null,
    content: "",
    contentSpans: [],
    kind: "indirect",
    date: null,
    notes: [],
    confidence: 1,
    ...partial,
  };
}

/** An extractor that answers from a table of statements per document id. */
function fakeExtractor(statements: Record<string, Statement[]>, seen: unknown[] = []): Extractor {
  return {
    extract(input): ExtractionResult {
      seen.push(input);
      return {
        schema: SCHEMA,
        document: { id: input.id ?? "", source: null, title: null, date: null, text: input.text },
        actors: [],
        statements: statements[input.id ?? ""] ?? [],
        relations: [],
      };
    },
  };
}

describe("a tiny corpus", () => {
  const dir = mkdtempSync(join(tmpdir(), "stancegraph-polnear-"));
  after(() => rmSync(dir, { recursive: true, force: true }));
  // "a_x" has two annotators: "a_x_aaaa.ann" (first) and "a_x_bbbb.ann". "b_y" has no .ann.
  // The emoji before the quote checks that code point offsets are converted.
  const text = "🙂 Smith said “taxes rise.”\n";
  mkdirSync(join(dir, "dev", "text"), { recursive: true });
  mkdirSync(join(dir, "dev", "attributions"), { recursive: true });
  writeFileSync(join(dir, "dev", "text", "a_x.txt"), text);
  writeFileSync(join(dir, "dev", "text", "b_y.txt"), "Nothing here.\n");
  writeFileSync(
    join(dir, "dev", "attributions", "a_x_aaaa.ann"),
    "T1\tSource 2 7\tSmith\nT2\tCue 8 12\tsaid\nT3\tContent 14 24\ttaxes rise\nE1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n",
  );
  writeFileSync(join(dir, "dev", "attributions", "a_x_bbbb.ann"), "T1\tCue 8 12\tsaid\nE1\tCue:T1\n");
  writeFileSync(
    join(dir, "metadata.tsv"),
    "compartment\tfilename\tlevel\tannotators\tpublisher\tpublication_date\tauthor\ttitle\n" +
      "dev\ta_x\t1\taaaa|bbbb\tnyt\t2016-10-01\tA. Writer\tTaxes\n",
  );
  const at = (part: string): [number, number] => [text.indexOf(part), text.indexOf(part) + part.length];

  test("reads the first annotator, converts offsets, skips texts without .ann", async () => {
    const { articles, withoutAnnotation } = await loadPolnearSplit(dir, "dev");
    assert.deepEqual(withoutAnnotation, ["b_y"]);
    assert.equal(articles.length, 1);
    const [a] = articles;
    assert.equal(a?.annotation, "a_x_aaaa.ann");
    assert.deepEqual(a?.gold, [
      { id: "E1", source: [at("Smith")], cue: [at("said")], content: [at("taxes rise")] },
    ]);
    assert.equal(a?.date, "2016-10-01");
    assert.equal(a?.title, "Taxes");
  });

  test("a perfect extractor scores 100, and gets the date and title", async () => {
    const seen: unknown[] = [];
    const perfect = statement({
      speakerSpan: at("Smith"),
      cueSpan: at("said"),
      contentSpans: [at("“taxes rise.”")],
    });
    const dumped: DocumentErrors[] = [];
    const report = await evaluatePolnear({
      dir,
      split: "dev",
      extractor: fakeExtractor({ a_x: [perfect] }, seen),
      onDocument: (d) => dumped.push(d),
    });
    assert.deepEqual(seen, [{ id: "a_x", text, date: "2016-10-01", title: "Taxes" }]);
    assert.equal(report.documents, 1);
    assert.equal(report.withoutAnnotation, 1);
    for (const role of ROLES) {
      assert.equal(report.roles[role].exact.f1, 100, role);
      assert.equal(report.roles[role].partial.f1, 100, role);
    }
    assert.equal(report.attribution.f1, 100);
    assert.deepEqual(dumped[0]?.attribution, { fp: [], fn: [] });
  });

  test("errors are counted and dumped with their text", async () => {
    const wrong = statement({ speakerSpan: at("said"), cueSpan: at("said"), contentSpans: [at("taxes")] });
    const dumped: DocumentErrors[] = [];
    const report = await evaluatePolnear({
      dir,
      split: "dev",
      extractor: fakeExtractor({ a_x: [wrong] }),
      onDocument: (d) => dumped.push(d),
    });
    assert.deepEqual(
      [report.roles.source.exact.tp, report.roles.cue.exact.tp, report.roles.content.partial.tp],
      [0, 1, 1],
    );
    assert.equal(report.attribution.tp, 0);
    assert.deepEqual(dumped[0]?.exact.source, {
      fp: [{ span: at("said"), text: "said" }],
      fn: [{ span: at("Smith"), text: "Smith" }],
    });
    assert.deepEqual(dumped[0]?.attribution.fn, [
      {
        source: "Smith",
        cue: "said",
        content: "taxes rise",
        spans: { source: [at("Smith")], cue: [at("said")], content: [at("taxes rise")] },
      },
    ]);
  });

  test("an extractor that throws on a document does not stop the run", async () => {
    const report = await evaluatePolnear({
      dir,
      split: "dev",
      extractor: {
        extract() {
          throw new Error("boom");
        },
      },
    });
    assert.equal(report.documents, 1);
    assert.equal(report.attribution.fn, 1);
    assert.match(report.problems.join("\n"), /a_x: extraction failed: boom/);
  });

  test("--limit takes the first N articles", async () => {
    const { articles } = await loadPolnearSplit(dir, "dev", { limit: 0 });
    assert.equal(articles.length, 0);
  });

  test("a missing folder is SG_EVAL_DATA_MISSING and names the path", async () => {
    for (const [where, split] of [
      [join(dir, "nope"), "dev"],
      [dir, "train"],
    ] as const) {
      await assert.rejects(loadPolnearSplit(where, split), (e: unknown) => {
        assert.ok(e instanceof StancegraphError);
        assert.equal(e.code, "SG_EVAL_DATA_MISSING");
        assert.match(e.message, new RegExp(where === dir ? "train" : "nope"));
        return true;
      });
    }
  });
});

// The real corpus, next to the repository (tests run from the repository root).
const REAL = resolve(process.cwd(), "../shared/data/polnear");

describe("the real PolNeAR dev split", () => {
  test("gold spans re-slice to their brat text, and gold scores 100 against itself", async (t) => {
    if (!existsSync(join(REAL, "dev"))) {
      t.skip(`PolNeAR not found at ${REAL}: skipping the real-data check`);
      return;
    }
    const { articles } = await loadPolnearSplit(REAL, "dev");
    assert.ok(articles.length > 50, `expected the dev split, found ${articles.length} articles`);

    let checked = 0;
    const mismatches: string[] = [];
    const squeeze = (s: string) => s.replace(/\s+/g, "");
    for (const a of articles) {
      assert.deepEqual(a.problems, [], a.id);
      const ann = parseBrat(readFileSync(join(REAL, "dev", "attributions", a.annotation), "utf8"));
      const table = codePointOffsets(a.text);
      for (const tb of ann.textBounds.values()) {
        if (tb.text === null) continue;
        const spans = fragmentsToUtf16(table, tb.fragments);
        // brat writes a discontinuous span's text as its fragments joined by a space.
        const sliced = spans?.map(([s, e]) => a.text.slice(s, e)).join(" ");
        if (sliced === undefined || squeeze(sliced) !== squeeze(tb.text))
          mismatches.push(`${a.annotation} ${tb.id}`);
        checked++;
      }
    }
    assert.deepEqual(mismatches, []);
    assert.ok(checked > 1000, `only ${checked} spans checked`);

    const exact = Object.fromEntries(ROLES.map((r) => [r, emptyCounts()])) as Record<Role, Counts>;
    const partial = Object.fromEntries(ROLES.map((r) => [r, emptyCounts()])) as Record<Role, Counts>;
    const attribution = emptyCounts();
    for (const a of articles) {
      const s = scoreDocument(a.text, a.gold, a.gold);
      for (const r of ROLES) {
        addCounts(exact[r], s.exact[r].counts);
        addCounts(partial[r], s.partial[r].counts);
      }
      addCounts(attribution, s.attribution.counts);
    }
    for (const r of ROLES) {
      assert.equal(figures(exact[r]).f1, 100, `${r} exact`);
      assert.equal(figures(partial[r]).f1, 100, `${r} partial`);
    }
    assert.equal(figures(attribution).f1, 100, "attribution");
  });
});
