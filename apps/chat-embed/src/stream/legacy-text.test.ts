import { describe, expect, it } from "vitest";
import { legacyText } from "./legacy-text.ts";
import { toStreamDeltas } from "./to-stream-deltas.ts";

// Wire samples: Workers AI's legacy stream events (reference §1.5), and near misses that must be parsed in full.
const FAST = [
  '{"response":" quick","p":"abcdefgh"}',
  '{"response":"Hello"}',
  '{"response":"","p":"abc"}',
  '{"response":"héllo 🦊 <think>","p":""}',
];
const SLOW = [
  '{"response":"a \\"quoted\\" word","p":"abc"}',
  '{"response":"line\\nbreak"}',
  '{"response":"","usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3}}',
  '{"response":"x","p":"abc","usage":{"prompt_tokens":1}}',
  '{"response":"x","tool_calls":[]}',
  '{"response":"x","p":"a\\"b"}',
  '{"response": "spaced"}',
  '{"response":"x"} ',
  '{"response":"tab\there"}',
  '{"p":"abc","response":"x"}',
  '{"response":"unterminated',
  '{"choices":[{"delta":{"content":"x"}}]}',
];

describe("legacyText", () => {
  it("reads the text of a plain legacy event, as toStreamDeltas does", () => {
    for (const data of FAST) {
      const text = legacyText(data);
      expect(text).toBe(JSON.parse(data).response);
      const deltas = toStreamDeltas(JSON.parse(data), { nextToolIndex: 0 });
      expect(text === "" ? [] : [{ type: "content", choice: 0, text }]).toEqual(deltas);
    }
  });

  it("leaves every other event to the full parse", () => {
    for (const data of SLOW) expect(legacyText(data), data).toBeUndefined();
  });
});
