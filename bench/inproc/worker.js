// The in-process benchmark (bench/inproc.mjs): every worker's fetch handler, imported from its source and
// bundled by wrangler into this one worker, driven in a loop inside ONE outer request, with an instant stub
// `AI` (bench/stub/run.js, called directly: no RPC) and an in-memory R2 stub. The caller reads workerd's CPU
// counters before and after, so HTTP, the dev proxy and the binding's RPC are outside the figure.
//   POST /run {"case": "<id>", "n": 100000}  →  {n, status, events, bytes, wallMs}
//   GET /cases  →  the case ids
import chatEmbed from "../../apps/chat-embed/src/index.ts";
import image from "../../apps/image/src/index.ts";
import router from "../../apps/router/src/index.ts";
import passthrough from "../stub/passthrough.js";
import { runStub } from "../stub/run.js";
import { CASES } from "./cases.mjs";

const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} };
const AI = { run: (model, inputs) => runStub(model, inputs) };
const IMAGES = {
  async put(key, value) {
    if (value instanceof ReadableStream) await new Response(value).arrayBuffer();
    return { key };
  },
  async get() {
    return null;
  },
};
const keys = { AUTH_MODE: "keys", API_KEYS: "sk-local-dev" };
const workerEnv = { AI, ...keys };
const imageEnv = { AI, IMAGES, ...keys };
/** A service binding to a handler in this isolate: a Request built as the binding's caller builds it. */
const bind = (handler, env) => ({
  fetch: (input, init) =>
    handler.fetch(init || !(input instanceof Request) ? new Request(input, init) : input, env, ctx),
});
const refuse = { fetch: () => new Response("not benchmarked", { status: 501 }) };
const routerEnv = {
  CHAT_EMBED: bind(chatEmbed, workerEnv),
  IMAGE: bind(image, imageEnv),
  WHISPER: refuse,
  TRANSLATE: refuse,
};
/** The bare hop: what forwarding costs with no routing logic at all (the router's baseline). */
const hop = { fetch: (request, env) => env.CHAT_EMBED.fetch(request) };

const HANDLERS = {
  passthrough: [passthrough, workerEnv],
  "chat-embed": [chatEmbed, workerEnv],
  image: [image, imageEnv],
  router: [router, routerEnv],
  hop: [hop, routerEnv],
};
const headers = { authorization: "Bearer sk-local-dev", "content-type": "application/json" };

async function run(spec, n) {
  const [handler, env] = HANDLERS[spec.worker];
  const url = `http://bench.local${spec.path}`;
  const body = JSON.stringify(spec.body);
  // As real clients send it (the OpenAI and Anthropic SDKs, OneAPI, curl): a JSON body with its length, which the
  // workers read in one native call. `chunked: true` leaves the length out, as a streamed upload would.
  const sized = spec.chunked
    ? headers
    : { ...headers, "content-length": String(new TextEncoder().encode(body).length) };
  const once = () => handler.fetch(new Request(url, { method: "POST", headers: sized, body }), env, ctx);
  // The first answer is checked and its events counted; the loop only reads bodies to their end.
  const first = await once();
  const text = await first.text();
  const events = (text.match(/^data: /gm) ?? []).length;
  if (!first.ok) return { status: first.status, error: text.slice(0, 500) };
  let left = n;
  const lane = async () => {
    while (left-- > 0) await (await once()).arrayBuffer();
  };
  const start = Date.now();
  await Promise.all(Array.from({ length: spec.concurrency ?? 1 }, lane));
  return { n, status: first.status, events, bytes: text.length, wallMs: Date.now() - start };
}

export default {
  async fetch(request) {
    const url = new URL(request.url);
    if (url.pathname === "/cases") return Response.json(CASES);
    if (url.pathname !== "/run") return new Response("in-process benchmark");
    const { case: id, n } = await request.json();
    const spec = CASES.find((c) => c.id === id);
    if (!spec) return Response.json({ error: `no case ${id}` }, { status: 404 });
    return Response.json(await run(spec, n));
  },
};
