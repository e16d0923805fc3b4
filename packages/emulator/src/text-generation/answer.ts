import { hashString, seededRandom } from "../hash.ts";
import type { TextGenerationModel as Model } from "../model.ts";
import { phrase, snippet } from "../words.ts";
import { valueFromSchema } from "./json-from-schema.ts";
import type { TextRequest, ToolDef } from "./text-request.ts";

export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

export interface AnswerToolCall {
  name: string;
  arguments: Record<string, unknown>;
  /** Seed of the call's id (each output style formats its own id). */
  seed: number;
}

/** The emulated answer to a text request, before it takes a model's output shape. */
export interface Answer {
  /** Visible content (in JSON mode, the JSON text). */
  text: string;
  /** JSON mode: the answer as a value (legacy models return it as `response`), unless cut short. */
  json?: unknown;
  /** The model's thinking, for reasoning models. */
  reasoning?: string;
  toolCalls: AnswerToolCall[];
  finish: "stop" | "length" | "tool_calls";
  usage: Usage;
  /** Seed of ids (`chatcmpl-…`). */
  seed: number;
}

/**
 * Deterministic from the model and the last user message: `[emulated <model>] You said: "<the start of it>".`
 * followed by filler words; a tool call instead when tools are offered (unless `tool_choice: "none"` or the last
 * message is a tool result): the tool `tool_choice` names, else one the user message mentions, else the first,
 * with arguments built from its JSON Schema. `max_tokens` (~4 characters a token) cuts the answer (reasoning
 * first) and sets `finish: "length"`.
 */
export function composeAnswer(model: Model, req: TextRequest, choice = 0): Answer {
  const seed = hashString(`${model.id}\n${req.userText}${choice ? `\n${choice}` : ""}`);
  const rand = seededRandom(seed);
  const reasoning = req.reasoning
    ? `[emulated reasoning] The user wrote "${snippet(req.userText, 40)}". ${capitalize(phrase(rand, 8))}.`
    : "";
  const tool = req.toolResult === undefined && req.toolChoice !== "none" ? pickTool(req) : undefined;
  if (tool) {
    const args = (tool.parameters ? valueFromSchema(tool.parameters, rand) : {}) as Record<string, unknown>;
    const tokens = Math.ceil((reasoning.length + JSON.stringify(args).length) / 4) + 8;
    const toolCalls = [{ name: tool.name, arguments: args, seed: hashString(tool.name, seed) }];
    return { text: "", toolCalls, finish: "tool_calls", usage: usage(req, tokens), seed, ...opt(reasoning) };
  }
  const json = req.jsonSchema ? jsonAnswer(model, req, rand) : undefined;
  const body =
    req.toolResult !== undefined
      ? `Tool result received: "${snippet(req.toolResult)}".`
      : `You said: "${snippet(req.userText)}".`;
  const full =
    json !== undefined
      ? JSON.stringify(json)
      : `[emulated ${model.id}] ${body} ${capitalize(phrase(rand, 8 + Math.floor(rand() * 12)))}.`;
  const budget = req.maxTokens * 4;
  if (reasoning.length + full.length <= budget) {
    const tokens = Math.ceil(reasoning.length / 4) + Math.ceil(full.length / 4);
    return {
      text: full,
      toolCalls: [],
      finish: "stop",
      usage: usage(req, tokens),
      seed,
      ...opt(reasoning),
      ...(json !== undefined ? { json } : {}),
    };
  }
  const cutReasoning = reasoning.slice(0, budget);
  const text = full.slice(0, Math.max(0, budget - reasoning.length));
  return { text, toolCalls: [], finish: "length", usage: usage(req, req.maxTokens), seed, ...opt(cutReasoning) };
}

function pickTool(req: TextRequest): ToolDef | undefined {
  if (req.tools.length === 0) return undefined;
  const choice = req.toolChoice;
  if (typeof choice === "object") return req.tools.find((t) => t.name === choice.name);
  return req.tools.find((t) => req.userText.includes(t.name)) ?? req.tools[0];
}

function jsonAnswer(model: Model, req: TextRequest, rand: () => number): unknown {
  const schema = req.jsonSchema ?? {};
  if (schema.type || schema.properties || schema.enum || schema.anyOf || schema.oneOf)
    return valueFromSchema(schema, rand);
  return { emulated: true, model: model.id, echo: snippet(req.userText) };
}

function usage(req: TextRequest, completion: number): Usage {
  return {
    prompt_tokens: req.promptTokens,
    completion_tokens: completion,
    total_tokens: req.promptTokens + completion,
  };
}

const opt = (reasoning: string) => (reasoning ? { reasoning } : {});
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
