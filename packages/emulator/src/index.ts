import { WorkerEntrypoint } from "cloudflare:workers";

/** Workers AI offline: bound as `AI` (entrypoint `WorkersAiEmulator`) in every app's `local` environment. */
export class WorkersAiEmulator extends WorkerEntrypoint {
  async run(model: string, inputs: Record<string, unknown>, _options?: Record<string, unknown>): Promise<unknown> {
    return { response: `[emulated ${model}] ${JSON.stringify(inputs).length} bytes of input` };
  }
}

export default class extends WorkerEntrypoint {
  override async fetch(): Promise<Response> {
    return new Response("Workers AI emulator", { headers: { "content-type": "text/plain" } });
  }
}
