// The format readers on realistic and broken inputs: the text the engine will read, with its title and
// date, or a typed failure that names the file.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { isStancegraphError } from "../../errors.js";
import { makeDocx, makePdf } from "../../testing/fixtureFiles.js";
import { detectFormat } from "../formats.js";
import { detectLanguage } from "../language.js";
import { convertDocx } from "./docx.js";
import { convertHtml } from "./html.js";
import { convertMarkdown } from "./markdown.js";
import { convertPdf } from "./pdf.js";

const unsupported = (e: unknown) => isStancegraphError(e) && e.code === "SG_INPUT_UNSUPPORTED";

const ARTICLE = `<!doctype html><html lang="en"><head><title>Gulf Wire | Hamas thanks Tehran</title>
<meta property="og:title" content="Hamas thanks Tehran">
<meta property="article:published_time" content="2021-06-04T10:00:00+03:00">
<script>window.track("x")</script><style>p{color:red}</style></head>
<body><nav><a href="/">Home</a> · <a href="/world">World</a></nav>
<article><h1>Hamas thanks Tehran</h1>
<p>Hamas political bureau head Isma&#8217;il Haniya said on May&nbsp;28: &#8220;We thank the Islamic Republic of Iran for the financial and military aid.&#8221;<sup>[1]</sup></p>
<p>The Syrian opposition condemned Hamas for its rapprochement with the Assad regime, calling it <em>a stab in the back</em>.</p>
<p>Hizbullah deputy secretary-general Na&#8217;im Qassim said that there had been progress, and that the movement would consult its allies.</p>
</article><footer>© Gulf Wire</footer></body></html>`;

describe("convertHtml", () => {
  test("regression (new-user test): a footnote in <sup> becomes a note mark, not a digit on the word", () => {
    const d = convertHtml(
      `<html><body><article><p>Qatar mediated between the sides.<sup><a href="#fn1">1</a></sup> Hamas thanked Doha.<sup>12</sup> The talks went on for 3<sup>rd</sup> time.</p></article></body></html>`,
      "n.html",
    );
    assert.match(d.text, /between the sides\.\[1\] Hamas thanked Doha\.\[12\]/);
    assert.match(d.text, /for 3rd time/);
  });

  test("the article's paragraphs, with entities decoded and the page furniture left out", () => {
    const d = convertHtml(ARTICLE, "a.html");
    assert.equal(d.title, "Hamas thanks Tehran");
    assert.equal(d.date, "2021-06-04");
    assert.equal(d.language, "en");
    const paragraphs = d.text.split("\n\n");
    assert.ok(
      paragraphs.some((p) =>
        p.startsWith("Hamas political bureau head Isma\u2019il Haniya said on May\u00a028: \u201cWe thank"),
      ),
    );
    assert.ok(paragraphs.some((p) => p.endsWith("calling it a stab in the back.")));
    assert.doesNotMatch(d.text, /window\.track|color:red|Home/);
  });

  test("malformed HTML (unclosed tags, stray closers) still gives its text", () => {
    const d = convertHtml(
      "<html><body><div><p>Hamas thanked Iran.<p>Qassim praised Syria.</div></span></b><p>Unclosed",
      "m.html",
    );
    assert.match(d.text, /Hamas thanked Iran\.\n\nQassim praised Syria\.\n\nUnclosed/);
  });

  test("a page nested 20,000 deep does not overflow the stack", () => {
    const html = `<html><body>${"<div>".repeat(20_000)}Hamas thanked Iran.${"</div>".repeat(20_000)}</body></html>`;
    assert.match(convertHtml(html, "deep.html").text, /Hamas thanked Iran\./);
  });

  test("a page of scripts only is SG_INPUT_UNSUPPORTED, naming the file", () => {
    assert.throws(
      () =>
        convertHtml(
          "<html><head><script>document.write('x')</script></head><body></body></html>",
          "app.html",
        ),
      (e: unknown) =>
        unsupported(e) && /app\.html: the page holds no readable text/.test((e as Error).message),
    );
  });
});

describe("convertMarkdown", () => {
  test("regression (new-user test): a footnote's definition stays as text, its mark as a note mark", () => {
    const d = convertMarkdown(
      "Hamas thanked Iran.[^1]\n\n[^1]: Al-Masirah, 3 June 2024.\n[ref]: https://example.org\n",
    );
    assert.equal(d.text, "Hamas thanked Iran.[1]\n\n[1] Al-Masirah, 3 June 2024.");
  });

  test("front matter, headings, emphasis, links and footnotes become plain prose", () => {
    const md = [
      "---",
      'title: "Hamas and Damascus"',
      "date: 2022-10-20",
      "---",
      "# Hamas and Damascus",
      "",
      "**Hamas** restored its relations with [the Syrian regime](https://example.org/syria) in 2022.[^1]",
      "",
      "> Abu Ahmad Fuad said: \u201cThis is a _stab in the back_.\u201d",
      "",
      "- Khalil al-Hayya led the delegation",
      "",
      "[^1]: A footnote.",
    ].join("\n");
    const d = convertMarkdown(md);
    assert.equal(d.title, "Hamas and Damascus");
    assert.equal(d.date, "2022-10-20");
    assert.match(
      d.text,
      /^Hamas and Damascus\n\nHamas restored its relations with the Syrian regime in 2022\.\[1\]/,
    );
    assert.match(d.text, /Abu Ahmad Fuad said: \u201cThis is a stab in the back\.\u201d/);
    assert.match(d.text, /\nKhalil al-Hayya led the delegation/);
    assert.doesNotMatch(d.text, /https:|\*\*|^#/m);
  });

  test("underscores inside names are not emphasis", () => {
    assert.match(convertMarkdown("The account @abu_barzan_20 posted it.").text, /@abu_barzan_20/);
  });
});

describe("convertPdf and convertDocx", () => {
  test("a PDF's text layer, with its title and date", async () => {
    const d = await convertPdf(
      makePdf(["Hamas thanked Iran for the aid (financial and military)."], "Hamas Thanks Iran"),
      "r.pdf",
    );
    assert.equal(d.text, "Hamas thanked Iran for the aid (financial and military).");
    assert.equal(d.title, "Hamas Thanks Iran");
    assert.equal(d.date, "2021-06-04");
  });

  test("a file named .pdf that is not a PDF is SG_INPUT_UNSUPPORTED", async () => {
    await assert.rejects(convertPdf(Buffer.from("%PDF-1.7\nnot really a pdf\n"), "fake.pdf"), unsupported);
    await assert.rejects(convertPdf(Buffer.from("<html>oops</html>"), "page.pdf"), unsupported);
  });

  test("a DOCX's paragraphs, a blank line between them", async () => {
    const d = await convertDocx(
      makeDocx(["Hamas and Iran", "Hamas thanked Iran.", "The opposition condemned Hamas."]),
      "r.docx",
    );
    assert.equal(d.text, "Hamas and Iran\n\nHamas thanked Iran.\n\nThe opposition condemned Hamas.");
    assert.equal(d.title, "Hamas and Iran");
  });

  test("a truncated DOCX is SG_INPUT_UNSUPPORTED, naming the file", async () => {
    const docx = makeDocx(["Hamas thanked Iran."]);
    await assert.rejects(
      convertDocx(docx.subarray(0, docx.length >> 1), "cut.docx"),
      (e: unknown) => unsupported(e) && /cut\.docx/.test((e as Error).message),
    );
  });
});

describe("detectFormat and detectLanguage", () => {
  const formats: [string | null, string | null, string, string][] = [
    ["a.html", null, "<p>x</p>", "html"],
    ["a.txt", null, "<html>", "text"],
    [null, "text/html; charset=utf-8", "x", "html"],
    ["page", "text/plain", "<!DOCTYPE html><html>", "html"],
    ["feed.xml", null, '<?xml version="1.0"?><rss version="2.0">', "feed"],
    ["report", null, "%PDF-1.4", "pdf"],
    ["notes", null, "Hamas thanked Iran.", "text"],
  ];
  for (const [name, type, head, want] of formats) {
    test(`${name ?? "(no name)"} / ${type ?? "(no type)"} / ${JSON.stringify(head.slice(0, 12))} → ${want}`, () => {
      assert.equal(detectFormat(name, type, Buffer.from(head)), want);
    });
  }
  const languages: [string, string][] = [
    [
      "Hamas political bureau head Isma'il Haniya said that the movement was grateful to Iran for its support in the war.",
      "eng",
    ],
    [
      "Le chef du bureau politique du Hamas a remercié l'Iran pour son aide financière et militaire pendant la guerre.",
      "fra",
    ],
    ["شكر رئيس المكتب السياسي لحركة حماس إيران على الدعم المالي والعسكري خلال الحرب الأخيرة على غزة", "arb"],
    ["Hamas thanks Iran", "und"],
    // Regression (new-user test): wire briefs with transliterated names are English, not Tagalog or Hausa.
    ["Ismail Haniyeh said on May 28 that Hamas thanked Iran.", "eng"],
    ["Isma'il Haniya criticized Egypt on Monday.", "eng"],
    ["Erdogan met Assad in Moscow.", "eng"],
    ["Iran condemned Israel.", "und"],
    ["El presidente de Irán habló con los líderes de Hamás.", "spa"],
  ];
  for (const [text, want] of languages) {
    test(`language of ${JSON.stringify(text.slice(0, 30))}… is ${want}`, () =>
      assert.equal(detectLanguage(text), want));
  }
});
