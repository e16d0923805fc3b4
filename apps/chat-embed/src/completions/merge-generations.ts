import type { Generation } from "../chat/generation.ts";

/** One choice per prompt, indexed in order; usage summed when every call reported it. */
export function mergeGenerations(generations: Generation[]): Generation {
  const choices = generations.map((g, index) => ({
    ...(g.choices[0] ?? { content: "", toolCalls: [], finishReason: "stop" as const }),
    index,
  }));
  const usages = generations.map((g) => g.usage as Record<string, number> | undefined);
  if (usages.some((u) => typeof u?.prompt_tokens !== "number")) return { choices };
  const sum = (key: string) => usages.reduce((n, u) => n + (u?.[key] ?? 0), 0);
  return { choices, usage: { prompt_tokens: sum("prompt_tokens"), completion_tokens: sum("completion_tokens") } };
}
