// What keeps a local workbench safe to run: the browser is told to load nothing but the server's own
// files (Content-Security-Policy), other sites cannot make the browser write for them (an Origin that is
// not the server's own is refused, and so is a Host that is not the server's: DNS rebinding), and when
// the server listens beyond this machine every write needs the token.

import { timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { errorJson } from "./errors.js";

export interface SecurityOptions {
  /** Writes need `Authorization: Bearer TOKEN` when set. */
  token: string | null;
  /** Host headers the server answers to ("name:port", or "name:*" for any port; lower case); others get 403. Empty: any. */
  allowedHosts: ReadonlySet<string>;
}

/** The workbench's own files only; no inline script, no plugin, no framing. */
export const headers: MiddlewareHandler = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", "data:"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  referrerPolicy: "no-referrer",
  // Plain HTTP on this machine: a browser would pin HTTPS for the name (localhost) and break other tools.
  strictTransportSecurity: false,
  crossOriginResourcePolicy: "same-origin",
});

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A Host header's name without its port: "analysis.example:8443" → "analysis.example", "[::1]:80" → "[::1]". */
export function hostName(host: string): string {
  const m = /^(\[[^\]]*\]|[^:]*)(?::\d*)?$/.exec(host);
  return m?.[1] ?? host;
}

/**
 * Is this Host header one the server answers to? `allowed` holds "name:port" for a name on one port, and
 * "name:*" for a name on any port (a public name behind a proxy, where the port clients use is not ours).
 */
export function hostAllowed(host: string, allowed: ReadonlySet<string>): boolean {
  return allowed.has(host) || allowed.has(`${hostName(host)}:*`);
}

export function guard(options: SecurityOptions): MiddlewareHandler {
  const hosts = options.allowedHosts;
  return async (c, next) => {
    const host = (c.req.header("host") ?? "").toLowerCase();
    if (hosts.size > 0 && !hostAllowed(host, hosts))
      return errorJson(
        c,
        "SG_FORBIDDEN",
        `this server answers to ${[...hosts].join(", ")}, not to ${JSON.stringify(host)}`,
      );
    if (WRITES.has(c.req.method)) {
      // A browser says when a request comes from another site, whatever its Origin says.
      if (c.req.header("sec-fetch-site") === "cross-site")
        return errorJson(c, "SG_FORBIDDEN", "a write from another site is refused");
      const origin = c.req.header("origin");
      if (origin !== undefined && origin !== "null") {
        let originHost = "";
        try {
          originHost = new URL(origin).host.toLowerCase();
        } catch {
          // An Origin that is no URL is no origin of ours.
        }
        if (originHost !== host)
          return errorJson(c, "SG_FORBIDDEN", `a write from another site (${origin}) is refused`);
      } else if (origin === "null") {
        return errorJson(c, "SG_FORBIDDEN", "a write from an opaque origin is refused");
      }
      if (options.token !== null) {
        const auth = c.req.header("authorization") ?? "";
        const given = /^Bearer\s+(\S+)$/i.exec(auth)?.[1];
        if (given === undefined || !sameToken(given, options.token))
          return errorJson(
            c,
            "SG_UNAUTHORIZED",
            "this write needs the token `stancegraph serve` printed at start: send Authorization: Bearer TOKEN",
          );
      }
    }
    await next();
  };
}
