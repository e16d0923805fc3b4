import type { Generation } from "./generation.ts";
import { ThinkSplitter } from "./think-splitter.ts";

/** A non-streamed answer of a `<think>`-tag reasoning model with its thinking moved to `reasoning`. */
export function splitThinking(generation: Generation, thinkTags: boolean | undefined): Generation {
  if (!thinkTags) return generation;
  return {
    ...generation,
    choices: generation.choices.map((choice) => {
      if (!choice.content) return choice;
      const { reasoning, content } = new ThinkSplitter().split(choice.content);
      return reasoning ? { ...choice, content, reasoning } : choice;
    }),
  };
}
