import { describe, expect, it } from "vitest";
import { readJson } from "../src/read-json.ts";
import { apiErrorOf } from "./expect-api-error.ts";

const chatBody = '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hi"}],"stream":true}';

const post = (body: string | null, contentType?: string) =>
  new Request("https://gw.example/v1/chat/completions", {
    method: "POST",
    body,
    headers: contentType === undefined ? {} : { "content-type": contentType },
  });

describe("readJson", () => {
  it.each([
    "application/json",
    "application/json; charset=utf-8",
    "Application/JSON;charset=UTF-8",
    "application/vnd.api+json",
  ])("parses a body sent as %s", async (type) => {
    expect(await readJson(post(chatBody, type))).toEqual(JSON.parse(chatBody));
  });

  it("refuses a body over the cap with a 413, declared or streamed", async () => {
    const declared = await apiErrorOf(() => readJson(post(chatBody, "application/json"), 10));
    expect(declared).toMatchObject({ status: 413, code: "request_too_large" });
    const chunks = [chatBody.slice(0, 40), chatBody.slice(40)].map((part) => new TextEncoder().encode(part));
    const streamed = new Request("https://gw.example/v1/chat/completions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: new ReadableStream({
        start(controller) {
          for (const chunk of chunks) controller.enqueue(chunk);
          controller.close();
        },
      }),
    });
    expect(await apiErrorOf(() => readJson(streamed, 50))).toMatchObject({ status: 413 });
    expect(await readJson(post(chatBody, "application/json"), chatBody.length)).toEqual(JSON.parse(chatBody));
  });

  it("parses a JSON body sent without a content type", async () => {
    const request = new Request("https://gw.example/v1/embeddings", {
      method: "POST",
      body: new TextEncoder().encode('{"input":"x"}'),
    });
    expect(request.headers.get("content-type")).toBeNull();
    expect(await readJson(request)).toEqual({ input: "x" });
  });

  it.each(["application/x-www-form-urlencoded", "text/plain;charset=UTF-8"])(
    "accepts a JSON body mislabelled %s (curl -d, no-cors browsers)",
    async (type) => {
      expect(await readJson(post(chatBody, type))).toEqual(JSON.parse(chatBody));
    },
  );

  it("refuses a mislabelled body that is not JSON with invalid_content_type", async () => {
    const error = await apiErrorOf(() =>
      readJson(post("text=Hello&target_lang=DE", "application/x-www-form-urlencoded")),
    );
    expect(error).toMatchObject({ status: 400, code: "invalid_content_type" });
    expect(error.message).toContain("application/json");
  });

  it("refuses multipart without reading it", async () => {
    const form = new FormData();
    form.set("model", "whisper-1");
    const request = new Request("https://gw.example/v1/chat/completions", { method: "POST", body: form });
    const error = await apiErrorOf(() => readJson(request));
    expect(error).toMatchObject({ status: 400, type: "invalid_request_error", code: "invalid_content_type" });
    expect(error.message).toContain("multipart/form-data");
    expect(request.bodyUsed).toBe(false);
  });

  it.each([null, "", "  \n"])("refuses an empty body (%j)", async (body) => {
    const error = await apiErrorOf(() => readJson(post(body, "application/json")));
    expect(error).toMatchObject({ status: 400, code: "empty_body" });
  });

  it("refuses malformed JSON with a 400 saying where it broke", async () => {
    const error = await apiErrorOf(() => readJson(post('{"model":"x",}', "application/json")));
    expect(error).toMatchObject({ status: 400, type: "invalid_request_error", code: "invalid_json" });
    expect(error.message).toMatch(/We could not parse the JSON body of your request: .*(position|column|line|token)/i);
  });

  it("refuses malformed JSON sent without a content type as invalid_json", async () => {
    const request = new Request("https://gw.example/translate", {
      method: "POST",
      body: new TextEncoder().encode("{oops"),
    });
    expect(await apiErrorOf(() => readJson(request))).toMatchObject({ status: 400, code: "invalid_json" });
  });
});
