import { makeWav } from "@wai/emulator/wav";
import fc from "fast-check";
import { SCRIPT, type Sent } from "./answer.ts";
import { ROUTES, type Route } from "./routes.ts";

export const KEY = "sk-local-dev";

/** Strings a client should never be able to hurt the gateway with. */
export const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      SCRIPT,
      `"><img src=x onerror=alert(1)>`,
      "../../../etc/passwd",
      "\u0000",
      "\ud800",
      "http://169.254.169.254/latest/meta-data",
      "http://127.0.0.1:8787/health",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the Log4Shell probe, as a literal
      "${jndi:ldap://x/a}",
      "' OR 1=1 --",
      "{{7*7}}",
      "data:image/png;base64,AAAA",
      "auto",
      "zh-Hans",
      "",
      " ",
      "@cf/meta/../../x",
      "gpt-4o-mini",
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 300_000 }).map((n) => "x".repeat(n)) },
);

/**
 * Hostile strings for URLs, at most 4,000 characters: Cloudflare's edge answers a URL over 16 KB with its own
 * 414 before any worker runs (and the local runtime fails near 64 KB, outside the worker), so longer ones test
 * the runtime, not the gateway.
 */
export const urlString = hostileString.map((s) => s.slice(0, 4_000).toWellFormed()); // a URL has no lone surrogates

/** JSON values of any shape, hostile strings inside. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hostileString,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(null, true, false, 0, -1, 1e308, Number.MAX_SAFE_INTEGER + 2, 1.5),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(hostileString, tie("value"), { maxKeys: 4 }),
  ),
})).value;

/** A valid body for each JSON route, which the properties then bend. */
export const BASE_BODIES: Record<string, Record<string, unknown>> = {
  "/v1/chat/completions": { model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }], max_tokens: 8 },
  "/v1/completions": { model: "gpt-4o-mini", prompt: "hi", max_tokens: 8 },
  "/v1/embeddings": { model: "text-embedding-3-small", input: "hi" },
  "/v1/images/generations": { model: "dall-e-2", prompt: "a kite", size: "256x256", response_format: "b64_json" },
  "/v1/audio/speech": { model: "tts-1", voice: "alloy", input: "hello" },
  "/translate": { text: "Guten Morgen", source_lang: "DE", target_lang: "EN" },
  "/v1/translate": { text: "Guten Morgen", source_lang: "auto", target_lang: "ZH" },
  "/translate/batch": { source_lang: "auto", target_lang: "EN", text_list: ["Bonjour", "Hola"] },
  "/v2/translate": { text: ["Guten Morgen"], target_lang: "EN" },
};

const MODELS = [
  "gpt-4o-mini",
  "gpt-4o",
  "@cf/meta/llama-3.1-8b-instruct-fast",
  "@cf/openai/gpt-oss-20b",
  "text-embedding-3-small",
  "dall-e-3",
  "whisper-1",
  "tts-1",
  "@cf/meta/m2m100-1.2b",
  "@cf/nobody/nothing",
  "no-such-model",
];

/** A JSON route's body: its valid body with fields replaced, added or removed. */
export const jsonObjectBody = (path: string) =>
  fc
    .record({
      replace: fc.dictionary(
        fc.constantFrom(...Object.keys(BASE_BODIES[path] ?? {}), "stream", "n", "temperature", "tools", "user"),
        fc.oneof(hostileJson, fc.constantFrom(...MODELS), fc.constant(true)),
        { maxKeys: 3 },
      ),
      drop: fc.subarray(Object.keys(BASE_BODIES[path] ?? {})),
      extra: fc.dictionary(hostileString, hostileJson, { maxKeys: 2 }),
    })
    .map(({ replace, drop, extra }) => {
      const body: Record<string, unknown> = { ...extra, ...BASE_BODIES[path], ...replace };
      for (const key of drop) delete body[key];
      return JSON.stringify(body);
    });

/** Bodies that are not a usable JSON object. */
export const brokenJsonBody = fc.oneof(
  fc.constantFrom("", " ", "{", '{"model":', "null", "[]", "42", '"text"', "\ufeff{}", "{'a':1}", "NaN", "{}}"),
  fc.integer({ min: 1_000, max: 200_000 }).map((n) => "[".repeat(n) + "]".repeat(n)), // deep nesting
  fc.integer({ min: 1_000, max: 50_000 }).map((n) => `{"messages":${'{"a":'.repeat(n)}1${"}".repeat(n)}}`),
  hostileJson.map((v) => JSON.stringify(v) ?? "null"),
  hostileString,
);

const CONTENT_TYPES = [
  "application/json",
  "application/json; charset=utf-8",
  "APPLICATION/JSON",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data",
  "multipart/form-data; boundary=x",
  "text/html",
  "application/xml",
  "application/json; charset=latin1",
];

/** A header value fetch can send (bytes 0x20–0x7e), sometimes hostile. */
const headerValue = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 60 }),
  fc.constantFrom(SCRIPT, "Bearer", "Bearer ", "DeepL-Auth-Key", "x".repeat(8000), "../../", "*"),
);

/** How the client authenticates: every style the gateway takes, and the ways it goes wrong. */
export type Credential = { headers: Record<string, string>; query: string; valid: boolean };

export const credential: fc.Arbitrary<Credential> = fc.oneof(
  fc.constant({ headers: { authorization: `Bearer ${KEY}` }, query: "", valid: true }),
  fc.constant({ headers: { "x-api-key": KEY }, query: "", valid: true }),
  fc.constant({ headers: { authorization: `DeepL-Auth-Key ${KEY}` }, query: "", valid: true }),
  fc.constantFrom("token", "key", "password").map((name) => ({ headers: {}, query: `${name}=${KEY}`, valid: true })),
  fc.constant({ headers: {}, query: "", valid: false }),
  headerValue.map((v) => ({ headers: { authorization: v }, query: "", valid: v.trim() === `Bearer ${KEY}` })),
  urlString.map((v) => ({
    headers: {},
    query: `token=${encodeURIComponent(v)}`,
    valid: v.trim() === KEY,
  })),
  headerValue.map((v) => ({ headers: { "x-api-key": v }, query: "", valid: v.trim() === KEY })),
);

/** Extra headers: content types, origins, request ids, anything. */
export const extraHeaders = fc.dictionary(
  fc.oneof(
    fc.constantFrom("origin", "x-request-id", "accept", "accept-encoding", "openai-organization", "x-forwarded-for"),
    fc.stringMatching(/^x-[a-z0-9-]{1,20}$/),
  ),
  headerValue,
  { maxKeys: 3 },
);

/** A query string of random pairs (with the credential's, when it has one). */
export const queryPairs = fc.array(
  fc.tuple(fc.oneof(fc.constantFrom("model", "stream", "format", "api-version", "token"), urlString), urlString),
  { maxLength: 3 },
);

/** The ways a client spells a route's path. */
export const pathVariant = (path: string) =>
  fc.constantFrom(
    path,
    `/v1${path}`,
    path.replace(/^\/v1/, ""),
    `${path}/`,
    `/${path}`,
    path.replace(/\//g, "//"),
    `${path}/${encodeURIComponent(SCRIPT)}`,
    `${path}/..%2f..%2fhealth`,
    `${path}%00`,
  );

/** Paths no worker serves, or serves only by name. */
export const strangePath = fc.oneof(
  fc.constantFrom(
    "/",
    "/.env",
    "/v3/anything",
    "/v1",
    "/v1/",
    "/v1/nowhere",
    "/file/",
    `/file/${encodeURIComponent(SCRIPT)}`,
    "/file/../../etc/passwd",
    `/v1/models/${encodeURIComponent(SCRIPT)}`,
    "/v1/models/@cf%2Fmeta%2F..",
    `/${"a/".repeat(2000)}`,
    "/v1/chat/completions/../../v2/translate",
  ),
  urlString.map((s) => `/${encodeURIComponent(s)}`),
);

/** Bytes for a multipart file part: audio, images, noise, empty; up to 2 MB. */
const fileBytes = fc.oneof(
  fc.integer({ min: 0, max: 2_000_000 }).map((n) => makeWav(n)),
  fc.uint8Array({ maxLength: 2048 }),
  fc.constant(new Uint8Array(0)),
  fc.constant(
    Uint8Array.from(
      Buffer.from(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC",
        "base64",
      ),
    ),
  ),
  fc.integer({ min: 1, max: 2_000_000 }).map((n) => new Uint8Array(n).fill(0x41)),
);

/** A multipart body: file parts under any name, text fields with hostile values, duplicates. */
export const multipartBody = fc
  .record({
    files: fc.array(
      fc.record({
        name: fc.oneof(fc.constantFrom("file", "image", "image[]", "mask"), hostileString),
        filename: fc.oneof(fc.constantFrom("a.wav", "a.png", "", "../../x"), hostileString),
        type: fc.constantFrom("audio/wav", "image/png", "", "text/html", "application/octet-stream"),
        bytes: fileBytes,
      }),
      { maxLength: 3 },
    ),
    fields: fc.array(
      fc.tuple(
        fc.oneof(
          fc.constantFrom(
            "model",
            "response_format",
            "prompt",
            "language",
            "temperature",
            "size",
            "n",
            "timestamp_granularities[]",
          ),
          hostileString,
        ),
        fc.oneof(
          fc.constantFrom(...MODELS, "json", "srt", "vtt", "verbose_json", "text", "256x256", "1"),
          hostileString,
        ),
      ),
      { maxLength: 5 },
    ),
  })
  .map(({ files, fields }) => {
    const form = new FormData();
    for (const f of files) form.append(f.name, new Blob([f.bytes as BlobPart], { type: f.type }), f.filename);
    for (const [k, v] of fields) form.append(k, v);
    return form;
  });

/** Any request at all: a route or a strange path, any method, credential, headers, query and body. */
export const anyRequest: fc.Arbitrary<Sent> = fc
  .record({
    route: fc.constantFrom(...ROUTES),
    strange: fc.boolean(),
    strangePath,
    method: fc.constantFrom("POST", "POST", "POST", "GET", "GET", "PUT", "DELETE", "PATCH", "HEAD"),
    credential,
    headers: extraHeaders,
    query: queryPairs,
    contentType: fc.option(fc.constantFrom(...CONTENT_TYPES), { nil: undefined }),
    bodyKind: fc.constantFrom("object", "object", "broken", "multipart", "none"),
    seed: fc.integer(),
  })
  .chain((r) =>
    fc
      .record({
        path: r.strange ? fc.constant(r.strangePath) : pathVariant(r.route.path),
        object: jsonObjectBody(BASE_BODIES[r.route.path] ? r.route.path : "/v1/chat/completions"),
        broken: brokenJsonBody,
        multipart: multipartBody,
      })
      .map(({ path, object, broken, multipart }) => toSent(r, path, { object, broken, multipart })),
  );

function toSent(
  r: {
    route: Route;
    method: string;
    credential: Credential;
    headers: Record<string, string>;
    query: [string, string][];
    contentType: string | undefined;
    bodyKind: string;
  },
  path: string,
  bodies: { object: string; broken: string; multipart: FormData },
): Sent {
  const query = [r.credential.query, ...r.query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)]
    .filter(Boolean)
    .join("&");
  const headers: Record<string, string> = { ...r.headers, ...r.credential.headers };
  const sent: Sent = { method: r.method, target: query ? `${path}?${query}` : path, headers };
  if (r.method === "GET" || r.method === "HEAD" || r.bodyKind === "none") return sent;
  if (r.bodyKind === "multipart") {
    sent.body = bodies.multipart; // fetch sets the multipart content type with its boundary
    return sent;
  }
  sent.body = r.bodyKind === "object" ? bodies.object : bodies.broken;
  if (r.contentType) headers["content-type"] = r.contentType;
  else if (r.bodyKind === "object") headers["content-type"] = "application/json";
  return sent;
}
