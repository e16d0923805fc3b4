import type { Model } from "@wai/catalog";
import { ApiError, badRequest } from "@wai/core";
import type { ChatCompletionCreateParams } from "../schemas/chat-completion-create-params.ts";

const unsupported = (model: Model, what: string, param: string) =>
  new ApiError({
    status: 400,
    code: "unsupported_parameter",
    param,
    message: `The model \`${model.id}\` ${what}. GET /v1/models describes what each model can do.`,
  });

/**
 * What the chosen model cannot do is a 400 naming the field, never dropped in silence: tools on a model
 * without function calling, images to a text-only model, JSON mode, `n > 1`, logprobs, reasoning options.
 */
export function checkChatCapabilities(model: Model, params: ChatCompletionCreateParams): void {
  const caps = model.capabilities;
  const openAiShaped = model.input === "chat-completions";
  const hasTools = (params.tools?.length ?? 0) > 0;
  if (hasTools && !caps.tools) throw unsupported(model, "does not support tools (function calling)", "tools");
  checkToolChoice(model, params, hasTools);
  checkContentParts(model, params);
  const format = params.response_format?.type;
  if (format && format !== "text" && !caps.jsonMode)
    throw unsupported(model, "does not support JSON mode (response_format)", "response_format");
  if ((params.n ?? 1) > 1 && !openAiShaped) throw unsupported(model, "gives one choice per request (n = 1)", "n");
  if (params.logprobs && !openAiShaped) throw unsupported(model, "does not return logprobs", "logprobs");
  if (params.top_logprobs && !openAiShaped) throw unsupported(model, "does not return logprobs", "top_logprobs");
  if (params.reasoning_effort && !caps.reasoning)
    throw unsupported(model, "is not a reasoning model", "reasoning_effort");
  const max = params.max_completion_tokens ?? params.max_tokens;
  const limit = model.limits.maxOutputTokens ?? model.limits.contextWindow;
  if (max && limit && max > limit) {
    const param = params.max_completion_tokens ? "max_completion_tokens" : "max_tokens";
    throw badRequest(`${param} is ${max}, more than the model \`${model.id}\` can produce (${limit}).`, param);
  }
}

function checkToolChoice(model: Model, params: ChatCompletionCreateParams, hasTools: boolean): void {
  const choice = params.tool_choice;
  if (!choice || choice === "none" || choice === "auto") return;
  if (!hasTools) throw badRequest("tool_choice is set but no tools are given.", "tool_choice");
  if (choice === "required" && model.input !== "chat-completions")
    throw unsupported(
      model,
      'cannot be made to call a tool: use tool_choice "auto" or name one function',
      "tool_choice",
    );
  if (typeof choice === "object" && !params.tools?.some((t) => t.function.name === choice.function.name))
    throw badRequest(`tool_choice names \`${choice.function.name}\`, which is not among the tools.`, "tool_choice");
}

function checkContentParts(model: Model, params: ChatCompletionCreateParams): void {
  params.messages.forEach((message, i) => {
    if (message.role !== "user" || typeof message.content === "string") return;
    message.content.forEach((part, j) => {
      const param = `messages.${i}.content.${j}`;
      if (part.type === "image_url" && !model.capabilities.vision)
        throw unsupported(model, "takes text only; send images to a vision model", param);
      if ((part.type === "input_audio" || part.type === "file") && model.input !== "chat-completions")
        throw unsupported(model, `does not take \`${part.type}\` content parts`, `${param}.type`);
    });
  });
}
