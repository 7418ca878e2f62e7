// Ingest through the API: files uploaded as multipart form data, URLs of pages or feeds, and paths on the
// server's disk, the last only under the folder `--allow-path` names: a path counts by where it really
// leads, folders are walked without following links, and each file is checked again when it is read. One ingest runs at a time; documents are written a batch per transaction (up to 32 or 1 MB), which holds the
// event loop while it is written (about 0.45 s per MB of text).

import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { StancegraphError } from "../errors.js";
import { realPathInside } from "../ingest/confine.js";
import type { IngestSummary } from "../ingest/ingest.js";
import type { Listed } from "../ingest/sources.js";
import * as S from "./schemas.js";

export interface IngestService {
  /** Ingests what is listed (never paths outside allowPath: they are checked before). */
  run(listed: readonly Listed[]): Promise<IngestSummary>;
  /** Lists server-side paths for ingest, or null when they are not allowed. */
  listPaths: ((paths: readonly string[]) => Promise<Listed[]>) | null;
  /** The folder server-side paths must be inside (its real path), or null: paths are refused. */
  allowPath: string | null;
}

type Json = <T extends z.ZodType>(
  schema: T,
  description: string,
) => { content: { "application/json": { schema: T } }; description: string };

const Upload = z
  .custom<File>((v) => v instanceof File, "a file")
  .openapi({ type: "string", format: "binary" });

export function ingestRoutes(
  app: OpenAPIHono,
  service: IngestService,
  shared: { json: Json; errors: Record<400 | 401 | 403 | 404 | 413 | 415 | 503, ReturnType<Json>> },
): void {
  const { json, errors } = shared;
  // One ingest at a time, in the order they came.
  let queue: Promise<unknown> = Promise.resolve();
  const run = (listed: readonly Listed[]): Promise<IngestSummary> => {
    const next = queue.then(() => service.run(listed));
    queue = next.catch(() => {});
    return next;
  };

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/ingest/upload",
      summary:
        "Ingest uploaded files (text, Markdown, HTML, PDF, DOCX, feeds): form field `file`, once or more",
      request: {
        body: {
          content: {
            "multipart/form-data": { schema: z.object({ file: z.union([Upload, z.array(Upload)]) }) },
          },
          required: true,
        },
      },
      responses: { 200: json(S.IngestSummary, "what became of each file"), ...errors },
    }),
    async (c) => {
      const form = await c.req.parseBody({ all: true });
      const files = ([] as unknown[]).concat(form.file ?? []).filter((f): f is File => f instanceof File);
      if (files.length === 0)
        throw new StancegraphError(
          "SG_BAD_REQUEST",
          "send the files as multipart form data in the field `file`",
        );
      const listed: Listed[] = [];
      for (const f of files)
        listed.push({
          kind: "bytes",
          name: f.name || "upload",
          bytes: new Uint8Array(await f.arrayBuffer()),
        });
      return c.json(await run(listed), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/ingest",
      summary: "Ingest pages and feeds by URL, or files and folders on the server under --allow-path",
      request: {
        body: {
          content: {
            "application/json": {
              schema: z
                .object({
                  urls: z
                    .array(z.url({ protocol: /^https?$/ }))
                    .max(1000)
                    .optional(),
                  paths: z.array(z.string().min(1).max(4096)).max(1000).optional(),
                })
                .refine(
                  (b) => (b.urls?.length ?? 0) + (b.paths?.length ?? 0) > 0,
                  "give urls, paths or both",
                ),
            },
          },
          required: true,
        },
      },
      responses: { 200: json(S.IngestSummary, "what became of each source"), ...errors },
    }),
    async (c) => {
      const b = c.req.valid("json");
      const listed: Listed[] = (b.urls ?? []).map((url) => ({ kind: "url", url }));
      if (b.paths && b.paths.length > 0) {
        if (service.allowPath === null || service.listPaths === null)
          throw new StancegraphError(
            "SG_FORBIDDEN",
            "ingest by server-side path is off; start `stancegraph serve --allow-path DIR` to allow paths under DIR, or upload the files",
          );
        const inside: string[] = [];
        for (const p of b.paths) {
          const real = await realPathInside(service.allowPath, p);
          if (real === null)
            throw new StancegraphError(
              "SG_FORBIDDEN",
              `${JSON.stringify(p)} is not an existing path inside the allowed folder ${service.allowPath}`,
            );
          inside.push(real);
        }
        listed.push(...(await service.listPaths(inside)));
      }
      return c.json(await run(listed), 200);
    },
  );
}
