import { WorkerEntrypoint } from "cloudflare:workers";
import { handleRestRequest } from "./rest-api.ts";
import { run } from "./run.ts";
import { type StreamStats, streamStats } from "./sse.ts";

/** Workers AI offline: bound as `AI` (entrypoint `WorkersAiEmulator`) in every app's `local` environment. */
export class WorkersAiEmulator extends WorkerEntrypoint {
  async run(model: string, inputs: Record<string, unknown>, options?: Record<string, unknown>): Promise<unknown> {
    return run(model, inputs, options);
  }

  /** Not part of the binding: how the SSE streams handed out so far ended (tests assert cancellation). */
  streamStats(): StreamStats {
    return streamStats();
  }
}

/** The REST API (`POST /client/v4/accounts/:account/ai/run/:model`), for the gateway's passthrough mode. */
export default class extends WorkerEntrypoint {
  override async fetch(request: Request): Promise<Response> {
    return handleRestRequest(request);
  }
}
