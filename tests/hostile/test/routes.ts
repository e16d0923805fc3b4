/** Which error shape a route answers in (DESIGN: OpenAI on `/v1/*`, DeepL on `/v2/*`, DeepLX `{code,message}`). */
export type Envelope = "openai" | "deepl" | "deeplx";

export type BodyKind = "json" | "multipart" | "none";

export interface Route {
  path: string;
  /** The methods it serves; any other is a 405 with `Allow` (after auth). */
  methods: readonly string[];
  body: BodyKind;
  /** Answered without a key. */
  public?: boolean;
}

/** Every route of the gateway behind the router (DESIGN's route table), as a client reaches it. */
export const ROUTES: readonly Route[] = [
  { path: "/v1/chat/completions", methods: ["POST"], body: "json" },
  { path: "/v1/completions", methods: ["POST"], body: "json" },
  { path: "/v1/embeddings", methods: ["POST"], body: "json" },
  { path: "/v1/images/generations", methods: ["POST"], body: "json" },
  { path: "/v1/images/edits", methods: ["POST"], body: "multipart" },
  { path: "/v1/audio/transcriptions", methods: ["POST"], body: "multipart" },
  { path: "/v1/audio/translations", methods: ["POST"], body: "multipart" },
  { path: "/v1/audio/speech", methods: ["POST"], body: "json" },
  { path: "/translate", methods: ["POST"], body: "json" },
  { path: "/v1/translate", methods: ["POST"], body: "json" },
  { path: "/translate/batch", methods: ["POST"], body: "json" },
  { path: "/v2/translate", methods: ["POST"], body: "json" },
  { path: "/v1/models", methods: ["GET", "HEAD"], body: "none" },
  { path: "/v1/models/gpt-4o-mini", methods: ["GET", "HEAD"], body: "none" },
  { path: "/v1/gateway-prices", methods: ["GET", "HEAD"], body: "none" },
  { path: "/health", methods: ["GET", "HEAD"], body: "none", public: true },
];

const OPENAI_ROOTS = /^\/(chat\/|completions$|embeddings$|images\/|audio\/|models(\/|$))/;

/** The path the workers route on (packages/core `normalizePath`): `/v1/v1/x` and `/x` are `/v1/x`. */
export function normalizePath(pathname: string): string {
  let path = pathname.replace(/\/{2,}/g, "/");
  if (path.length > 1 && path.endsWith("/")) path = path.slice(0, -1);
  while (path.startsWith("/v1/v1/") || path === "/v1/v1") path = path.slice(3);
  if (OPENAI_ROOTS.test(path)) path = `/v1${path}`;
  return path;
}

/**
 * The envelope of an error on `path` (as the client sent it; the URL parser resolves `..` first): what the router
 * sends to the translate worker speaks DeepL (`/v2/translate`) or DeepLX (`/translate`, anything under it, and
 * `/v1/translate`, `/v1/translate/batch`); everything else, a 404 of the router included, OpenAI's.
 */
export function envelopeOf(path: string): Envelope {
  const p = normalizePath(path);
  if (p.startsWith("/v2/")) return "deepl"; // every DeepL API path is the translate worker's
  if (p === "/translate" || p.startsWith("/translate/") || p === "/v1/translate" || p === "/v1/translate/batch") {
    return "deeplx";
  }
  return "openai";
}

/** The route a path reaches, if any. */
export const routeOf = (path: string): Route | undefined => {
  const p = normalizePath(path);
  return ROUTES.find((r) => r.path === p);
};
