import { WorkerEntrypoint } from "cloudflare:workers";
class InferenceUpstreamError extends Error {
  code = 3040;
  constructor(m: string) { super(m); this.name = "InferenceUpstreamError"; }
}
export class WorkersAiEmulator extends WorkerEntrypoint {
  async run(model: string, inputs: Record<string, unknown>, _options?: Record<string, unknown>): Promise<unknown> {
    if (model === "err") throw new InferenceUpstreamError("3040: Capacity temporarily exceeded, please try again.");
    if (model === "plain") { const e = new Error("5006: Bad input"); e.name = "AiError"; throw e; }
    if (model === "stream") return new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("data: x\n\n")); c.close(); } });
    if (model === "types") { const a = inputs.audio as any; return { t: Object.prototype.toString.call(a), isStream: a instanceof ReadableStream, len: a?.length ?? a?.byteLength }; }
    if (model === "readstream") { const a = inputs.audio as ReadableStream; return { len: (await new Response(a).arrayBuffer()).byteLength }; }
    if (model === "bytes") return new Uint8Array([1,2,3]);
    return { response: `[emulated ${model}]` };
  }
}
export default class extends WorkerEntrypoint {
  override async fetch(): Promise<Response> {
    return new Response("Workers AI emulator", { headers: { "content-type": "text/plain" } });
  }
}
