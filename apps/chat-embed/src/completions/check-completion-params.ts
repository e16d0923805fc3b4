import { ApiError } from "@wai/core";
import type { CompletionCreateParams } from "../schemas/completion-create-params.ts";

const unsupported = (message: string, param: string) =>
  new ApiError({ status: 400, code: "unsupported_parameter", param, message });

/** Options of the legacy endpoint Workers AI has no equivalent for: refused by name, never ignored. */
export function checkCompletionParams(params: CompletionCreateParams, prompts: number): void {
  if ((params.n ?? 1) > 1)
    throw unsupported("n > 1 is not supported on /v1/completions: send one request per completion.", "n");
  if ((params.best_of ?? 1) > 1) throw unsupported("best_of is not supported by Workers AI.", "best_of");
  if (params.echo) throw unsupported("echo is not supported by Workers AI.", "echo");
  if (params.logprobs) throw unsupported("logprobs are not returned by Workers AI.", "logprobs");
  if (params.suffix) throw unsupported("suffix (insertion) is not supported by Workers AI.", "suffix");
  if (params.stream && prompts > 1)
    throw unsupported("A streamed completion takes one prompt: send an array of prompts without stream.", "prompt");
}
