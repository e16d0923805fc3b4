import { badRequest } from "@wai/core";
import type { ChatCompletionCreateParams, ChatCompletionTool } from "../schemas/chat-completion-create-params.ts";
import type { MessageCreateParams } from "../schemas/message-create-params.ts";

type ChatToolFields = Pick<ChatCompletionCreateParams, "tools" | "tool_choice" | "parallel_tool_calls">;

/**
 * Anthropic's client tools as function tools (`input_schema` → `parameters`), and its `tool_choice`: `auto` →
 * `auto`, `any` → `required`, `tool` → the named function, `none` → `none`; `disable_parallel_tool_use` →
 * `parallel_tool_calls: false`. Server tools (`web_search_…`, `bash_…`, any other `type`) run on Anthropic's
 * side and have no Workers AI equivalent: a 400 naming them.
 */
export function toChatTools(body: Pick<MessageCreateParams, "tools" | "tool_choice">): ChatToolFields {
  const out: ChatToolFields = {};
  if (body.tools?.length) out.tools = body.tools.map(toFunctionTool);
  const choice = body.tool_choice;
  if (!choice) return out;
  if (choice.type === "none") out.tool_choice = "none";
  else {
    out.tool_choice =
      choice.type === "auto"
        ? "auto"
        : choice.type === "any"
          ? "required"
          : { type: "function", function: { name: choice.name } };
    if (choice.disable_parallel_tool_use) out.parallel_tool_calls = false;
  }
  return out;
}

function toFunctionTool(tool: NonNullable<MessageCreateParams["tools"]>[number], i: number): ChatCompletionTool {
  if (tool.type !== undefined && tool.type !== "custom")
    throw badRequest(
      `The tool \`${tool.name}\` has type \`${tool.type}\`, an Anthropic server tool: Workers AI models take client tools only (a name, a description and an input_schema).`,
      `tools.${i}.type`,
    );
  if (!tool.input_schema)
    throw badRequest(`Missing required parameter: 'tools.${i}.input_schema'.`, `tools.${i}.input_schema`);
  return {
    type: "function",
    function: {
      name: tool.name,
      ...(tool.description !== undefined ? { description: tool.description } : {}),
      parameters: tool.input_schema,
    },
  };
}
