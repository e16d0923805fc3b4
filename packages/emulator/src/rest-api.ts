import { aiError, parseAiError } from "./ai-error.ts";
import { emulate } from "./emulate.ts";
import { httpStatusOf } from "./error-codes.ts";
import { lookupModel } from "./lookup-model.ts";
import type { EmulatedModel } from "./model.ts";
import type { Obj } from "./validate.ts";

const RUN_PATH = /\/accounts\/[^/]+\/ai\/run\/(.+)$/;

/**
 * The Workers AI REST API (reference §1.2): `POST …/accounts/:account/ai/run/:model` with any bearer token.
 * JSON outputs come in `{result, success, errors, messages}`; streams and binary outputs as raw bytes; errors as
 * `{success: false, errors: [{code, message: "AiError: <description>"}]}` with the code's HTTP status.
 */
export async function handleRestRequest(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (request.method === "GET" && url.pathname === "/")
    return new Response("Workers AI emulator (@wai/emulator): POST /client/v4/accounts/:account/ai/run/:model\n");
  const match = RUN_PATH.exec(url.pathname);
  if (!match) return envelopeError(404, 7000, "No route for that URI");
  if (request.method !== "POST") return envelopeError(405, 7001, "Method not allowed");
  if (!/^Bearer \S+/.test(request.headers.get("authorization") ?? ""))
    return envelopeError(401, 10000, "Authentication error");
  try {
    const model = lookupModel(decodeURIComponent(match[1] ?? ""));
    const out = await emulate(model, await readInputs(model, request, url));
    if (out.kind === "json") return Response.json({ result: out.value, success: true, errors: [], messages: [] });
    return new Response(out.body, { headers: { "content-type": out.contentType } });
  } catch (error) {
    const parsed = parseAiError(error);
    if (!parsed) return envelopeError(500, 1000, error instanceof Error ? error.message : String(error));
    return envelopeError(httpStatusOf(parsed.code), parsed.code, `AiError: ${parsed.description}`);
  }
}

/**
 * A JSON body is the inputs (less a top-level `options`, e.g. `rejectIfBusy`). A multipart body becomes FLUX.2's
 * `multipart`; any other body is the raw audio (whisper, nova-3, query parameters as further inputs) or image.
 */
async function readInputs(model: EmulatedModel, request: Request, url: URL): Promise<Obj> {
  const contentType = request.headers.get("content-type") ?? "";
  if (contentType.startsWith("application/json")) {
    const body = (await request.json().catch(() => undefined)) as Obj | undefined;
    if (!body || typeof body !== "object") throw aiError(3003, "Request is missing headers or body");
    const { options: _options, ...inputs } = body;
    return inputs;
  }
  if (contentType.startsWith("multipart/form-data")) return { multipart: { body: request.body, contentType } };
  const query = Object.fromEntries(url.searchParams);
  // A raw body: whisper's documented REST form (`{type: string, format: binary}`) is its `number[]` input.
  if (model.task === "speech-recognition" && model.audio === "bytes")
    return { ...query, audio: [...new Uint8Array(await request.arrayBuffer())] };
  if (model.task === "speech-recognition" && model.audio === "stream")
    return { ...query, audio: { body: request.body, contentType: contentType || "application/octet-stream" } };
  if (model.task === "image-to-text") return { ...query, image: [...new Uint8Array(await request.arrayBuffer())] };
  return query;
}

function envelopeError(status: number, code: number, message: string): Response {
  return Response.json({ result: null, success: false, errors: [{ code, message }], messages: [] }, { status });
}
