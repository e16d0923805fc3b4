import type { Generation } from "./generation.ts";
import { StopMatcher } from "./stop-matcher.ts";

/** A non-streamed answer cut at the client's stop sequences (Workers AI's own models take none). */
export function applyStop(generation: Generation, stop: string | readonly string[] | undefined): Generation {
  if (!stop || stop.length === 0) return generation;
  return {
    ...generation,
    choices: generation.choices.map((choice) => {
      if (choice.content === null) return choice;
      const content = new StopMatcher(stop).cut(choice.content);
      return content === choice.content ? choice : { ...choice, content, finishReason: "stop" };
    }),
  };
}
