import { emulate } from "./emulate.ts";
import { lookupModel } from "./lookup-model.ts";
import { toRawErrorResponse, toRawResponse } from "./raw-response.ts";

/**
 * `env.AI.run(model, inputs, options)` as the real binding answers it (reference §1.1): the bare JSON output, or a
 * `ReadableStream<Uint8Array>` for SSE and binary outputs; errors thrown with `"<code>: <description>"` messages.
 * `returnRawResponse: true` gives the upstream `Response` instead, errors included. Other options are ignored,
 * except `queueRequest` (the batch API), which is not emulated.
 */
export async function run(model: unknown, inputs: unknown, options: Record<string, unknown> = {}): Promise<unknown> {
  if (options.queueRequest) throw new Error("@wai/emulator: queueRequest (the async batch API) is not emulated");
  if (options.returnRawResponse) {
    try {
      return toRawResponse(await emulate(lookupModel(model), inputs));
    } catch (error) {
      return toRawErrorResponse(error);
    }
  }
  const out = await emulate(lookupModel(model), inputs);
  return out.kind === "json" ? out.value : out.body;
}
