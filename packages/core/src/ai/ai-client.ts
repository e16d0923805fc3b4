/** Options of one Workers AI call, common to the binding and the REST API. */
export interface AiRunOptions {
  /** AI Gateway id: caching, retries and logs on Cloudflare's side. */
  gateway?: { id: string; skipCache?: boolean; cacheTtl?: number };
  signal?: AbortSignal;
  extraHeaders?: Record<string, string>;
}

/**
 * Workers AI, whichever way it is reached. `run` resolves to the bare model output: a parsed JSON value,
 * or a `ReadableStream<Uint8Array>` for streams (SSE) and binary outputs (PNG, JPEG, MP3). Upstream
 * failures are thrown as `ApiError`s mapped by `fromUpstreamError`.
 */
export interface AiClient {
  run(model: string, inputs: Record<string, unknown>, options?: AiRunOptions): Promise<unknown>;
}

/** The shape of the `AI` binding this project needs (the real `Ai` binding and the emulator both fit). */
export interface AiBinding {
  run(model: string, inputs: Record<string, unknown>, options?: Record<string, unknown>): Promise<unknown>;
}
