import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { parseInput } from "../src/parse-input.ts";
import { apiErrorOf } from "./expect-api-error.ts";

/** A small chat request schema, in the shape of openai-node's `ChatCompletionCreateParams`. */
const ContentPart = v.variant("type", [
  v.object({ type: v.literal("text"), text: v.string() }),
  v.object({ type: v.literal("image_url"), image_url: v.object({ url: v.string() }) }),
]);
const Message = v.object({
  role: v.picklist(["system", "user", "assistant", "tool"]),
  content: v.union([v.string(), v.array(ContentPart), v.null()]),
});
const ChatCompletionCreateParams = v.object({
  model: v.string(),
  messages: v.pipe(v.array(Message), v.minLength(1, "must hold at least one message")),
  temperature: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(2))),
  stream: v.optional(v.boolean()),
});

const valid = {
  model: "gpt-4o-mini",
  messages: [
    { role: "system", content: "Be brief." },
    {
      role: "user",
      content: [
        { type: "text", text: "What is this?" },
        { type: "image_url", image_url: { url: "https://x/y.png" } },
      ],
    },
  ],
  stream: true,
};

const fail = (data: unknown) => apiErrorOf(() => parseInput(ChatCompletionCreateParams, data));

describe("parseInput", () => {
  it("returns the typed output of a valid request", () => {
    const out = parseInput(ChatCompletionCreateParams, valid);
    expect(out.messages[1]?.role).toBe("user");
  });

  it("names a missing field", async () => {
    const error = await fail({ model: "gpt-4o-mini" });
    expect(error).toMatchObject({ status: 400, type: "invalid_request_error", param: "messages" });
    expect(error.message).toBe("Missing required parameter: 'messages'.");
  });

  it("says what type was expected and what arrived", async () => {
    const error = await fail({ ...valid, stream: "yes" });
    expect(error).toMatchObject({ status: 400, param: "stream" });
    expect(error.message).toBe(`Invalid type for 'stream': expected boolean, but got "yes".`);
  });

  it("gives the dotted path of a nested array element", async () => {
    const error = await fail({
      ...valid,
      messages: [
        { role: "user", content: "hi" },
        { role: "robot", content: "x" },
      ],
    });
    expect(error.param).toBe("messages.1.role");
    expect(error.message).toContain(`'messages.1.role'`);
    expect(error.message).toContain(`"robot"`);
  });

  it("reports a union that no option matches at the union's path", async () => {
    const error = await fail({ ...valid, messages: [{ role: "user", content: 42 }] });
    expect(error.param).toBe("messages.0.content");
    expect(error.message).toMatch(
      /^Invalid type for 'messages\.0\.content': expected .*string.*Array.*, but got 42\.$/,
    );
  });

  it("goes inside the union option that matched the type (a content part)", async () => {
    const error = await fail({ ...valid, messages: [{ role: "user", content: [{ type: "text", text: 5 }] }] });
    expect(error.param).toBe("messages.0.content.0.text");
  });

  it("reports a range check as an invalid value", async () => {
    const error = await fail({ ...valid, temperature: 3 });
    expect(error).toMatchObject({ param: "temperature" });
    expect(error.message).toBe("Invalid value for 'temperature': expected <=2, but got 3.");
  });

  it("keeps a schema's own message, naming the field", async () => {
    const error = await fail({ ...valid, messages: [] });
    expect(error.message).toBe("Invalid 'messages': must hold at least one message");
  });

  it("reports a body that is not an object without a param", async () => {
    const error = await fail("hello");
    expect(error.param).toBeNull();
    expect(error.message).toBe(`Invalid type for the request body: expected Object, but got "hello".`);
  });

  it("names an unknown field of a strict object", async () => {
    const Strict = v.strictObject({ text: v.string() });
    const error = await apiErrorOf(() => parseInput(Strict, { text: "x", tag_handling: "html" }));
    expect(error.param).toBe("tag_handling");
    expect(error.message).toBe("Unrecognized request argument supplied: 'tag_handling'.");
  });
});
