// The reporting-cue lexicon: regular inflection of the verbs reports use ("tweeted", "assessed",
// "denies"), the bundled data compiled into forms and phrases, the cue pre-filter, and a malformed cue
// file failing at load with a DataError that names the file and the offending entry.

import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { bundledDataPath } from "../data/load.js";
import { DataError } from "../errors.js";
import { compileShapeCheck, INTENT, inflect, loadCueLexicon, SPEECH, THOUGHT } from "./cueLexicon.js";

describe("inflect", () => {
  const cases: [
    entry: string,
    expected: { lemma: string; s: string; past: string[]; ing: string },
    todo?: string,
  ][] = [
    ["say/said", { lemma: "say", s: "says", past: ["said"], ing: "saying" }],
    ["tweet", { lemma: "tweet", s: "tweets", past: ["tweeted"], ing: "tweeting" }],
    ["write/wrote/written", { lemma: "write", s: "writes", past: ["wrote", "written"], ing: "writing" }],
    ["deny/denied", { lemma: "deny", s: "denies", past: ["denied"], ing: "denying" }],
    ["reply/replied", { lemma: "reply", s: "replies", past: ["replied"], ing: "replying" }],
    ["admit/admitted", { lemma: "admit", s: "admits", past: ["admitted"], ing: "admitting" }],
    ["slam/slammed", { lemma: "slam", s: "slams", past: ["slammed"], ing: "slamming" }],
    ["assess", { lemma: "assess", s: "assesses", past: ["assessed"], ing: "assessing" }],
    ["stress", { lemma: "stress", s: "stresses", past: ["stressed"], ing: "stressing" }],
    ["express", { lemma: "express", s: "expresses", past: ["expressed"], ing: "expressing" }],
    ["declare", { lemma: "declare", s: "declares", past: ["declared"], ing: "declaring" }],
    ["thank", { lemma: "thank", s: "thanks", past: ["thanked"], ing: "thanking" }],
    ["vow", { lemma: "vow", s: "vows", past: ["vowed"], ing: "vowing" }],
    ["agree", { lemma: "agree", s: "agrees", past: ["agreed"], ing: "agreeing" }],
    ["argue", { lemma: "argue", s: "argues", past: ["argued"], ing: "arguing" }],
    ["see/saw/seen", { lemma: "see", s: "sees", past: ["saw", "seen"], ing: "seeing" }],
    ["brief", { lemma: "brief", s: "briefs", past: ["briefed"], ing: "briefing" }],
    ["blog/blogged", { lemma: "blog", s: "blogs", past: ["blogged"], ing: "blogging" }],
  ];
  for (const [entry, expected, todo] of cases) {
    test(
      `${entry} inflects to ${expected.s}, ${expected.past.join("/")}, ${expected.ing}`,
      todo ? { todo } : {},
      () => {
        assert.deepEqual(inflect(entry), expected);
      },
    );
  }
});

describe("the bundled lexicon", () => {
  const lexicon = loadCueLexicon();
  const forms: [form: string, lemma: string, classBit: number][] = [
    ["said", "say", SPEECH],
    ["says", "say", SPEECH],
    ["wrote", "write", SPEECH],
    ["tweeted", "tweet", SPEECH],
    ["reports", "report", SPEECH],
    ["declared", "declare", SPEECH],
    ["thanked", "thank", SPEECH],
    ["assessed", "assess", SPEECH],
    ["stressed", "stress", SPEECH],
    ["believes", "believe", THOUGHT],
    ["hoped", "hope", THOUGHT | INTENT],
  ];
  for (const [form, lemma, bits] of forms) {
    test(`"${form}" is a form of "${lemma}"`, () => {
      const f = lexicon.forms.get(form);
      assert.ok(f, `${form} is in the lexicon`);
      assert.equal(f.lemma, lemma);
      assert.equal(f.classes & bits, bits);
    });
  }

  test("'according to' is a phrase whose source follows it", () => {
    const p = lexicon.phrases.find((x) => x.words.join(" ") === "according to");
    assert.ok(p);
    assert.equal(p.role, "sourceAfter");
  });

  test("loading twice gives the same compiled lexicon (compiled once)", () => {
    assert.equal(loadCueLexicon(), lexicon);
  });

  const scans: [text: string, expected: boolean][] = [
    ["The Lebanese website Almarkazia.com reports that Hizbullah has moved missiles.", true],
    ["Hizbullah deputy secretary-general Na'im Qassim SAID so.", true],
    ["According to Talal Naji, the regime asked for calm.", true],
    ["He tweeted: “Our people stand firm.”", true],
    ["The so-called “Division 20,” an opposition militia, withdrew from the area.", false],
    ["Na'im Qassim met Isma'il Haniya in Beirut.", false],
    ["The unsaid sayings of the PFLP–GC.", false],
    ["", false],
  ];
  for (const [text, expected] of scans) {
    test(`the pre-filter ${expected ? "finds a cue in" : "finds no cue in"} ${JSON.stringify(text)}`, () => {
      assert.equal(lexicon.scanner.containsAny(text, 0, text.length), expected);
    });
  }

  test("the pre-filter looks only inside the range it is given", () => {
    const text = "Qassim said so. Haniya met him.";
    const from = text.indexOf("Haniya");
    assert.equal(lexicon.scanner.containsAny(text, from, text.length), false);
    assert.equal(lexicon.scanner.containsAny(text, 0, from), true);
  });
});

describe("a malformed cue file fails at load with a DataError naming the file and the entry", () => {
  const dir = mkdtempSync(join(tmpdir(), "stancegraph-cues-"));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const bundled = JSON.parse(readFileSync(bundledDataPath("cues.json"), "utf8")) as Record<string, unknown>;
  let n = 0;
  /** Writes a copy of the bundled cue file changed by `edit`, and returns its path. */
  const variant = (edit: (json: Record<string, unknown>) => void): string => {
    const json = structuredClone(bundled);
    edit(json);
    const path = join(dir, `cues-${++n}.json`);
    writeFileSync(path, JSON.stringify(json));
    return path;
  };
  const push = (key: string, value: unknown) => (json: Record<string, unknown>) => {
    (json[key] as unknown[]).push(value);
  };

  test("an unchanged copy of the bundled file loads (control)", () => {
    const path = variant(() => {});
    const lexicon = loadCueLexicon(path);
    assert.equal(lexicon.forms.get("said")?.lemma, "say");
  });

  const cases: [
    name: string,
    edit: (json: Record<string, unknown>) => void,
    mentions: RegExp[],
    todo?: string,
  ][] = [
    ["an entry that is not a lower-case lemma", push("speech", "Tweet!"), [/Tweet!/]],
    ["an entry with too many slashes", push("speech", "say/said/said/said"), [/say\/said\/said\/said/]],
    ["an entry with a space", push("thought", "make up"), [/make up/]],
    ["a number among the entries", push("thought", 42), [/thought/, /42|\[\d+\]/]],
    [
      "a class that is not a list",
      (j) => {
        j.intent = "want";
      },
      [/intent/],
    ],
    ["a phrase without a role", push("phrases", { text: "in the words of" }), [/phrases\[\d+\]/]],
    [
      "a phrase with an unknown role",
      push("phrases", { text: "as told to", role: "sourceBefore" }),
      [/phrases\[\d+\]/],
    ],
    [
      "phrases that are not a list",
      (j) => {
        j.phrases = { text: "according to" };
      },
      [/phrases/],
    ],
  ];
  for (const [name, edit, mentions, todo] of cases) {
    test(name, todo ? { todo } : {}, () => {
      const path = variant(edit);
      assert.throws(
        () => loadCueLexicon(path),
        (e: unknown) => {
          assert.ok(e instanceof DataError, `a DataError, got ${String(e)}`);
          assert.equal(e.code, "SG_DATA_INVALID");
          assert.ok(e.message.includes(path), `the message names the file: ${e.message}`);
          for (const m of mentions) assert.match(e.message, m, "the message names the entry");
          return true;
        },
      );
    });
  }

  test("a file that is not JSON", () => {
    const path = join(dir, "broken.json");
    writeFileSync(path, '{ "speech": ["say/said", ');
    assert.throws(
      () => loadCueLexicon(path),
      (e: unknown) => e instanceof DataError && e.code === "SG_DATA_INVALID" && e.message.includes(path),
    );
  });

  test("a file that does not exist", () => {
    const path = join(dir, "missing.json");
    assert.throws(
      () => loadCueLexicon(path),
      (e: unknown) => e instanceof DataError && e.code === "SG_DATA_INVALID" && e.message.includes(path),
    );
  });
});

describe("the shape pre-check of cue words", () => {
  test("says yes to every cue form and phrase start, and no to punctuation and digits", () => {
    const lexicon = loadCueLexicon();
    for (const w of lexicon.forms.keys()) assert.ok(lexicon.mayStartCue(w), w);
    for (const w of lexicon.phraseStarts) assert.ok(lexicon.mayStartCue(w), w);
    for (const w of ["", ",", "“", "’", "1982", "\u00a0", "—", "Said"]) assert.ok(!lexicon.mayStartCue(w), w);
  });
  test("never rejects a word the plain set lookup accepts, on messy words", () => {
    const words = ["said", "says", "reportedly", "according", "a-said", "x", "sai", "said’s", "saïd", "in"];
    const check = compileShapeCheck(words);
    const set = new Set(words);
    const probes = [...words, "SAID", "said.", "“said", "said\u00a0", "tell", "told", "zz", "in", "on", "é"];
    for (const w of probes) if (set.has(w)) assert.ok(check(w), w);
    assert.ok(!check("tell") && !check("é") && !check("on"));
  });
  test("turns itself off for a word that does not start with a letter a–z", () => {
    const check = compileShapeCheck(["said", "’cause"]);
    assert.ok(check("’cause") && check("anything"));
  });
});
