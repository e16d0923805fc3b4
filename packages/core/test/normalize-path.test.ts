import { describe, expect, it } from "vitest";
import { normalizePath } from "../src/normalize-path.ts";

describe("normalizePath", () => {
  it.each([
    ["/v1/chat/completions", "/v1/chat/completions"],
    ["/v1/v1/chat/completions", "/v1/chat/completions"],
    ["/v1/v1/v1/embeddings", "/v1/embeddings"],
    ["/chat/completions", "/v1/chat/completions"],
    ["/models", "/v1/models"],
    ["/models/gpt-4o", "/v1/models/gpt-4o"],
    ["/audio/transcriptions", "/v1/audio/transcriptions"],
    ["/responses", "/v1/responses"],
    ["/responses/resp_1", "/v1/responses/resp_1"],
    ["/v1/v1/responses", "/v1/responses"],
    ["/messages", "/v1/messages"],
    ["/v1/v1/messages/count_tokens", "/v1/messages/count_tokens"],
    ["//v1//embeddings/", "/v1/embeddings"],
    ["/translate", "/translate"],
    ["/v2/translate", "/v2/translate"],
    ["/v1/translate", "/v1/translate"],
    ["/health", "/health"],
    ["/", "/"],
    ["/completionsx", "/completionsx"],
    // Already-normal `/v1/` paths return at once; these look normal at first glance but are not.
    ["/v1/v1", "/v1"],
    ["/v1/embeddings/", "/v1/embeddings"],
    ["/v1//embeddings", "/v1/embeddings"],
    ["/v1/models/@cf/meta/llama-3.1-8b-instruct", "/v1/models/@cf/meta/llama-3.1-8b-instruct"],
  ])("%s → %s", (input, expected) => {
    expect(normalizePath(input)).toBe(expected);
  });
});
