import { ApiError } from "../api-error.ts";
import { DEFAULT_API_BASE_URL } from "../config.ts";
import type { AiClient, AiRunOptions } from "./ai-client.ts";
import { type BinaryInput, findBinaryInput } from "./binary-input.ts";
import { fromUpstreamError } from "./from-upstream-error.ts";
import { readAiResponse } from "./read-ai-response.ts";

export interface RestClientOptions {
  /** Cloudflare account id (`CF_ACCOUNT_ID`). */
  accountId: string | undefined;
  /** Cloudflare API token with Workers AI Read and Edit. */
  token: string;
  /** Default https://api.cloudflare.com/client/v4. */
  baseUrl?: string | undefined;
  /** AI Gateway id: calls go to gateway.ai.cloudflare.com instead. */
  gatewayId?: string | undefined;
  /** Injected by tests. */
  fetch?: typeof fetch | undefined;
}

export const AI_GATEWAY_BASE_URL = "https://gateway.ai.cloudflare.com/v1";

/**
 * Workers AI over REST: `POST {base}/accounts/{account}/ai/run/{model}` with a Bearer token, or through AI
 * Gateway. JSON inputs go as the JSON body. An input holding bytes (see `findBinaryInput`) goes as the raw
 * body with its content type, the other inputs as query parameters (how whisper and nova-3 take audio).
 */
export function restClient(options: RestClientOptions): AiClient {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  return {
    async run(model, inputs, runOptions) {
      const url = new URL(runUrl(options, model, runOptions));
      const headers = new Headers(runOptions?.extraHeaders);
      headers.set("authorization", `Bearer ${options.token}`);
      addGatewayHeaders(headers, runOptions?.gateway);
      const binary = findBinaryInput(inputs);
      const body = binary ? binaryBody(binary, inputs, url, headers) : jsonBody(inputs, headers);
      let response: Response;
      try {
        response = await doFetch(url.href, { method: "POST", headers, body, signal: runOptions?.signal ?? null });
      } catch (error) {
        throw fromUpstreamError(error, { model });
      }
      return readAiResponse(response, { envelope: true, model });
    },
  };
}

/** The run URL; the model's `@` and `/` stay literal (`.../ai/run/@cf/meta/llama-3.1-8b-instruct`). */
function runUrl(options: RestClientOptions, model: string, runOptions: AiRunOptions | undefined): string {
  if (!options.accountId) {
    throw new ApiError({
      status: 500,
      type: "server_error",
      code: "missing_account_id",
      message: "Passthrough mode needs the Cloudflare account id: set the CF_ACCOUNT_ID variable of this worker.",
    });
  }
  const account = encodeURIComponent(options.accountId);
  const path = modelPath(model);
  const gatewayId = runOptions?.gateway?.id ?? options.gatewayId;
  if (gatewayId) return `${AI_GATEWAY_BASE_URL}/${account}/${encodeURIComponent(gatewayId)}/workers-ai/${path}`;
  const base = (options.baseUrl ?? DEFAULT_API_BASE_URL).replace(/\/+$/, "");
  return `${base}/accounts/${account}/ai/run/${path}`;
}

/** Each segment escaped except `@`; `.`/`..` segments refused so a model name cannot climb the API's paths. */
function modelPath(model: string): string {
  const segments = model.split("/");
  if (segments.some((s) => s === "" || s === "." || s === "..")) {
    throw new ApiError({
      status: 404,
      code: "model_not_found",
      param: "model",
      message: `The model \`${model}\` does not exist.`,
    });
  }
  return segments.map((s) => encodeURIComponent(s).replaceAll("%40", "@")).join("/");
}

function addGatewayHeaders(headers: Headers, gateway: AiRunOptions["gateway"]): void {
  if (gateway?.skipCache) headers.set("cf-aig-skip-cache", "true");
  if (gateway?.cacheTtl !== undefined) headers.set("cf-aig-cache-ttl", String(gateway.cacheTtl));
}

function jsonBody(inputs: Record<string, unknown>, headers: Headers): string {
  headers.set("content-type", "application/json");
  return JSON.stringify(inputs);
}

function binaryBody(binary: BinaryInput, inputs: Record<string, unknown>, url: URL, headers: Headers): BodyInit {
  for (const [key, value] of Object.entries(inputs)) {
    if (key === binary.key || value === undefined) continue;
    url.searchParams.set(key, typeof value === "string" ? value : JSON.stringify(value));
  }
  // FormData sets its own multipart boundary; anything else needs its type.
  if (!(binary.body instanceof FormData)) headers.set("content-type", binary.contentType ?? "application/octet-stream");
  return binary.body;
}
