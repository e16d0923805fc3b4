import { describe, expect, it } from "vitest";
import { ThinkSplitter } from "./think-splitter.ts";

// Wire sample: deepseek-r1-distill's `response`, thinking first (reference §1.5).
const WIRE = "<think>\nThe user greets me. I should greet back.\n</think>\n\nHello! How can I help?";

describe("ThinkSplitter", () => {
  it("splits a whole answer into reasoning and content", () => {
    expect(new ThinkSplitter().split(WIRE)).toEqual({
      reasoning: "\nThe user greets me. I should greet back.\n",
      content: "Hello! How can I help?",
    });
  });

  it("leaves an answer without thinking as it is", () => {
    expect(new ThinkSplitter().split("Just an answer <think> later")).toEqual({
      reasoning: "",
      content: "Just an answer <think> later",
    });
  });

  it("splits streamed pieces with the tags cut anywhere", () => {
    for (let size = 1; size <= 9; size++) {
      const splitter = new ThinkSplitter();
      let reasoning = "";
      let content = "";
      for (let i = 0; i < WIRE.length; i += size) {
        const out = splitter.push(WIRE.slice(i, i + size));
        reasoning += out.reasoning;
        content += out.content;
      }
      const rest = splitter.flush();
      expect(reasoning + rest.reasoning).toBe("\nThe user greets me. I should greet back.\n");
      expect(content + rest.content).toBe("Hello! How can I help?");
    }
  });

  it("holds back only what could start `</think>`, and sends the rest of the reasoning at once", () => {
    const splitter = new ThinkSplitter();
    expect(splitter.push("<think>a < b")).toEqual({ reasoning: "a < b", content: "" });
    expect(splitter.push(" x<")).toEqual({ reasoning: " x", content: "" });
    expect(splitter.push("<")).toEqual({ reasoning: "<", content: "" });
    expect(splitter.push("/th")).toEqual({ reasoning: "", content: "" });
    expect(splitter.push("e</thin")).toEqual({ reasoning: "</the", content: "" });
    expect(splitter.push("k>done")).toEqual({ reasoning: "", content: "done" });
  });

  it("keeps thinking cut short by max_tokens as reasoning", () => {
    expect(new ThinkSplitter().split("<think>\nStill thinking")).toEqual({
      reasoning: "\nStill thinking",
      content: "",
    });
  });
});
