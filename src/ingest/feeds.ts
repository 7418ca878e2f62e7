// RSS, Atom and RDF feeds (feedsmith): every item becomes a source of its own. An item that carries the
// article (content:encoded, Atom content, a long description) is read from the feed; an item with only a
// summary is fetched from its link, and falls back to its summary when the link cannot be fetched. An
// item with neither text nor link is reported, and the rest of the feed goes on.

import { parseFeed } from "feedsmith";
import type { ErrorCode } from "../errors.js";
import { isStancegraphError } from "../errors.js";
import { isoDay } from "./convert/html.js";
import { detectFormat } from "./formats.js";
import type { RawSource } from "./prepare.js";

/** Below this many characters of text, an item's own content is a summary, not the article. */
const ARTICLE_CHARS = 600;

export type FeedItem =
  | { kind: "source"; raw: RawSource; bytes: number }
  | { kind: "error"; code: ErrorCode; message: string; where: string };

interface ItemFields {
  title: string | null;
  link: string | null;
  date: string | null;
  /** HTML or text the feed carries for the item. */
  content: string | null;
  summary: string | null;
}

type Loose = Record<string, unknown> | undefined;

function text(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (value && typeof value === "object" && "value" in value)
    return text((value as { value: unknown }).value);
  return null;
}

/** The fields stancegraph needs, whatever the feed's dialect. */
function fieldsOf(format: string, item: Loose): ItemFields {
  const i = item ?? {};
  if (format === "atom") {
    const links = (i.links as { href?: string; rel?: string }[] | undefined) ?? [];
    const link = links.find((l) => !l.rel || l.rel === "alternate")?.href ?? links[0]?.href ?? null;
    return {
      title: text(i.title),
      link,
      date: isoDay(text(i.published) ?? text(i.updated)),
      content: text(i.content),
      summary: text(i.summary),
    };
  }
  if (format === "json") {
    return {
      title: text(i.title),
      link: text(i.url) ?? text(i.external_url),
      date: isoDay(text(i.date_published) ?? text(i.date_modified)),
      content: text(i.content_html) ?? text(i.content_text),
      summary: text(i.summary),
    };
  }
  // rss and rdf
  const content = (i.content as Loose)?.encoded;
  const dc = i.dc as Loose;
  return {
    title: text(i.title),
    link: text(i.link),
    date: isoDay(text(i.pubDate) ?? text(dc?.date) ?? text((dc?.dates as unknown[] | undefined)?.[0])),
    content: text(content),
    summary: text(i.description),
  };
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The item's own text as an HTML page, so the HTML reader gives its paragraphs, title and date. */
function itemPage(f: ItemFields, body: string): string {
  const date = f.date ? `<meta property="article:published_time" content="${f.date}">` : "";
  const title = f.title
    ? `<title>${escapeHtml(f.title)}</title><meta property="og:title" content="${escapeHtml(f.title)}">`
    : "";
  return `<!doctype html><html><head>${title}${date}</head><body><article>${body}</article></body></html>`;
}

const plainLength = (html: string): number =>
  html
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim().length;

export interface FeedOptions {
  maxBytes: number;
  fetchUrl: (url: string, maxBytes: number) => Promise<{ bytes: Uint8Array; contentType: string | null }>;
  sha256: (bytes: Uint8Array | string) => string;
}

/** Every item of a feed as a source; a feed that does not parse is one error. */
export async function* feedItems(
  bytes: Uint8Array,
  where: string,
  options: FeedOptions,
): AsyncGenerator<FeedItem> {
  let parsed: { format: string; feed: Record<string, unknown> };
  try {
    parsed = parseFeed(Buffer.from(bytes).toString("utf8")) as unknown as typeof parsed;
  } catch (e) {
    yield {
      kind: "error",
      code: "SG_INPUT_UNSUPPORTED",
      message: `${where}: is not a readable RSS, Atom or RDF feed (${(e as Error).message}); check the address or the file`,
      where,
    };
    return;
  }
  const items =
    ((parsed.format === "atom" ? parsed.feed.entries : parsed.feed.items) as Loose[] | undefined) ?? [];
  let k = 0;
  for (const item of items) {
    k++;
    const f = fieldsOf(parsed.format, item);
    const at = `${where} item ${k}${f.title ? ` (${f.title.slice(0, 60)})` : ""}`;
    const own = f.content ?? f.summary;
    // The item's own text as a page: when it is a whole article, or when its link cannot be fetched.
    const ownPage = (text: string): FeedItem => {
      const page = itemPage(f, text);
      return {
        kind: "source",
        bytes: Buffer.byteLength(page),
        raw: {
          where: at,
          source: f.link ?? `${where}#${k}`,
          format: "html",
          rawHash: options.sha256(page),
          bytes: Buffer.from(page),
        },
      };
    };
    if (own && plainLength(own) >= ARTICLE_CHARS) {
      yield ownPage(own);
      continue;
    }
    if (f.link && /^https?:\/\//i.test(f.link)) {
      try {
        const fetched = await options.fetchUrl(f.link, options.maxBytes);
        const format = detectFormat(new URL(f.link).pathname, fetched.contentType, fetched.bytes);
        if (format !== "feed") {
          yield {
            kind: "source",
            bytes: fetched.bytes.length,
            raw: {
              where: `${at} ${f.link}`,
              source: f.link,
              format,
              rawHash: options.sha256(fetched.bytes),
              bytes: fetched.bytes,
              fallbackDate: f.date,
            },
          };
          continue;
        }
      } catch (e) {
        if (!own) {
          const code = isStancegraphError(e) ? e.code : "SG_INPUT_UNREADABLE";
          yield {
            kind: "error",
            code,
            message: `${at}: has only a link, and ${(e as Error).message}`,
            where: at,
          };
          continue;
        }
        // The page is out of reach: the summary is better than nothing.
      }
    }
    if (own) {
      yield ownPage(own);
      continue;
    }
    yield {
      kind: "error",
      code: "SG_INPUT_UNSUPPORTED",
      message: `${at}: has no text and no link to fetch; nothing to ingest`,
      where: at,
    };
  }
}
