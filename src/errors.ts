// The catalogue of stancegraph's typed errors. Each has a stable code that tests and callers match on,
// and a message that tells the user what to do next. The CLI maps them to exit codes in one place.

export type ErrorCode =
  | "SG_INPUT_NOT_FOUND"
  | "SG_INPUT_UNREADABLE"
  | "SG_INPUT_BINARY"
  | "SG_INPUT_INVALID_UTF8"
  | "SG_INPUT_TOO_LARGE"
  | "SG_JSONL_NOT_JSON"
  | "SG_JSONL_BAD_RECORD"
  | "SG_BAD_OPTION"
  | "SG_DATA_INVALID"
  /** An actor dictionary (bundled, --actors or the config file) that does not follow docs/actor-dictionary.md. */
  | "SG_ACTORS_INVALID"
  /** A config file (stancegraph.config.json or --config) that cannot be read or does not validate. */
  | "SG_CONFIG_INVALID"
  | "SG_PIPELINE_INVALID"
  | "SG_EVAL_DATA_MISSING"
  /** The engine threw on a document (a bug: it must not throw on any text); the batch skips it. */
  | "SG_EXTRACT_FAILED"
  /** The store file is not a stancegraph store (or not a database at all), or cannot be opened. */
  | "SG_STORE_UNREADABLE"
  /** The store was written by a newer stancegraph, with a schema this version does not know. */
  | "SG_STORE_TOO_NEW"
  | "SG_STORE_OUTDATED"
  /** A document, actor or relation named on the command line is not in the store. */
  | "SG_NOT_FOUND"
  /** An ingest source whose format cannot be read (malformed HTML, a PDF that is not one, …). */
  | "SG_INPUT_UNSUPPORTED"
  /** An HTTP request to `serve` that does not follow the API (a bad parameter, body or content type). */
  | "SG_BAD_REQUEST"
  /** A write to `serve` without the token it needs. */
  | "SG_UNAUTHORIZED"
  /** A request `serve` refuses whoever sends it (a server-side path outside --allow-path). */
  | "SG_FORBIDDEN"
  /** An HTTP request body over the server's size limit. */
  | "SG_PAYLOAD_TOO_LARGE"
  /** The store is locked by another process's write for longer than the wait allows: retry shortly. */
  | "SG_STORE_BUSY"
  /** A bug: the server failed on a request it should have answered. */
  | "SG_INTERNAL";

export class StancegraphError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StancegraphError";
    this.code = code;
  }
}

/** A problem with one input (file or JSONL line): the batch reports it and goes on. */
export class InputError extends StancegraphError {
  override name = "InputError";
}

/** A bundled or user data file (lexicon, dictionary) that does not validate: fails at start-up. */
export class DataError extends StancegraphError {
  override name = "DataError";
}

/** The store cannot be opened or used: a file that is no store, a newer schema. */
export class StoreError extends StancegraphError {
  override name = "StoreError";
}

/** Wrong command-line usage. */
export class UsageError extends StancegraphError {
  override name = "UsageError";
}

export function isStancegraphError(e: unknown): e is StancegraphError {
  return e instanceof StancegraphError;
}
