import { isCount, isObject, must } from "./must.ts";

/** OpenAI's `usage` of a chat or completion answer, required and well formed; shown as "12 in / 40 out". */
export function tokenUsage(usage: unknown, { output = true } = {}): string {
  must(isObject(usage), `no usage object: ${JSON.stringify(usage)}`);
  must(isCount(usage.prompt_tokens), `usage.prompt_tokens is ${JSON.stringify(usage.prompt_tokens)}`);
  must(isCount(usage.total_tokens), `usage.total_tokens is ${JSON.stringify(usage.total_tokens)}`);
  if (!output) return `${usage.prompt_tokens} in`;
  must(isCount(usage.completion_tokens), `usage.completion_tokens is ${JSON.stringify(usage.completion_tokens)}`);
  must(
    (usage.total_tokens as number) >= (usage.completion_tokens as number),
    `usage.total_tokens ${usage.total_tokens} < completion_tokens ${usage.completion_tokens}`,
  );
  return `${usage.prompt_tokens} in / ${usage.completion_tokens} out`;
}
