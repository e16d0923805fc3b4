import { describe, expect, it } from "vitest";
import { StopMatcher } from "./stop-matcher.ts";

describe("StopMatcher", () => {
  it("cuts a whole text before the earliest stop sequence", () => {
    expect(new StopMatcher(["END", "\nObservation:"]).cut("Thought: x\nObservation: y END")).toBe("Thought: x");
    expect(new StopMatcher("zz").cut("no match here")).toBe("no match here");
  });

  it("finds a stop sequence split across streamed deltas and holds back only a possible prefix", () => {
    const m = new StopMatcher(["STOP"]);
    expect(m.push("Hello S")).toBe("Hell");
    expect(m.push("T")).toBe("o");
    expect(m.push("OP and more")).toBe(" ");
    expect(m.stopped).toBe(true);
    expect(m.push("ignored")).toBe("");
    expect(m.flush()).toBe("");
  });

  it("releases held-back text at the end when no stop came", () => {
    const m = new StopMatcher(["STOP"]);
    expect(m.push("abcST")).toBe("ab");
    expect(m.flush()).toBe("cST");
  });
});

describe("StopMatcher.matched", () => {
  it("names the earliest sequence that matched, for Anthropic's stop_sequence", () => {
    const m = new StopMatcher(["Observation", "END"]);
    expect(m.cut("a END b Observation")).toBe("a ");
    expect(m.matched).toBe("END");
    expect(new StopMatcher([]).cut("no stops")).toBe("no stops");
  });
});
