import type { AiBinding, AiClient, AiRunOptions } from "./ai-client.ts";
import { findBinaryInput } from "./binary-input.ts";
import { fromUpstreamError } from "./from-upstream-error.ts";
import { readAiResponse } from "./read-ai-response.ts";

export interface BindingClientOptions {
  /** AI Gateway id, used for every call that does not name its own. */
  gatewayId?: string | undefined;
}

/**
 * Workers AI through the `AI` binding. The binding throws `InferenceUpstreamError`s (mapped here) and
 * returns the bare output: JSON, or a stream for SSE and binary outputs. A `Response` (returned under
 * `returnRawResponse`) is read the same way.
 */
export function bindingClient(binding: AiBinding, { gatewayId }: BindingClientOptions = {}): AiClient {
  return {
    async run(model, inputs, options) {
      let output: unknown;
      try {
        output = await binding.run(model, inputs, toBindingOptions(inputs, options, gatewayId));
      } catch (error) {
        throw fromUpstreamError(error, { model });
      }
      return output instanceof Response ? readAiResponse(output, { envelope: false, model }) : output;
    },
  };
}

/** The binding throws `AI Gateway does not support ReadableStreams yet.`, so stream inputs skip the gateway. */
function toBindingOptions(
  inputs: Record<string, unknown>,
  options: AiRunOptions | undefined,
  gatewayId: string | undefined,
): Record<string, unknown> | undefined {
  const gateway = options?.gateway ?? (gatewayId ? { id: gatewayId } : undefined);
  const useGateway = gateway && !findBinaryInput(inputs);
  if (!useGateway && !options) return undefined;
  const out: Record<string, unknown> = { ...options };
  if (useGateway) out.gateway = gateway;
  else delete out.gateway;
  return out;
}
