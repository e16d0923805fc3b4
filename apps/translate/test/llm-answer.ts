import { env } from "cloudflare:workers";
import { vi } from "vitest";

type Messages = { role: string; content: string }[];

/** The segments of a translation call, by number, from its user message. */
export function segmentsOf(inputs: Record<string, unknown>): Map<number, string> {
  const messages = inputs.messages as Messages;
  const user = messages.at(-1)?.content ?? "";
  return new Map([...user.matchAll(/^\[(\d+)\] (.*)$/gm)].map((m) => [Number(m[1]), m[2] ?? ""]));
}

/** The system prompt of a call. */
export const systemOf = (inputs: Record<string, unknown>) => (inputs.messages as Messages)[0]?.content ?? "";

/**
 * `env.AI.run` answering as glm-4.7-flash does (`choices[0].message.content`), with the text `answer` makes of
 * each call's segments (`call` counts from 0).
 */
export function llmAnswers(answer: (segments: Map<number, string>, call: number) => string) {
  let calls = 0;
  return vi.spyOn(env.AI, "run").mockImplementation(async (_model, inputs) => {
    const content = answer(segmentsOf(inputs), calls++);
    return {
      id: "chatcmpl-t",
      object: "chat.completion",
      choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
    };
  });
}

/** Every segment answered as `[n] <prefix><segment>`. */
export const echoNumbered =
  (prefix = "T: ") =>
  (segments: Map<number, string>) =>
    [...segments].map(([n, s]) => `[${n}] ${prefix}${s}`).join("\n");
