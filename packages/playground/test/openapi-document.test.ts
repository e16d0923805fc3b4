import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";

const DIST = join(import.meta.dirname, "..", "dist");
const documentOf = (deployment: string) =>
  JSON.parse(readFileSync(join(DIST, deployment, "openapi.json"), "utf8")) as {
    openapi: string;
    paths: Record<string, Record<string, Record<string, unknown>>>;
    components: { securitySchemes: Record<string, unknown> };
  };
type Body = { content: Record<string, { schema: Record<string, unknown> }> };
const bodySchema = (doc: ReturnType<typeof documentOf>, path: string, type = "application/json") =>
  ((doc.paths[path]?.post?.requestBody as Body | undefined)?.content[type]?.schema ?? {}) as {
    properties: Record<string, Record<string, unknown>>;
    required: string[];
    anyOf?: unknown[];
  };

describe("/openapi.json, as built for each deployment", () => {
  for (const deployment of ["router", "chat-embed", "image", "whisper", "translate"]) {
    it(`is a valid OpenAPI 3.1 document for ${deployment}`, async () => {
      const validator = new Validator();
      const result = await validator.validate(documentOf(deployment));
      expect(result.errors ?? []).toEqual([]);
      expect(result.valid).toBe(true);
      expect(validator.version).toBe("3.1");
    });
  }

  it("covers every worker's routes in the router's document, and only its own in a worker's", () => {
    const paths = (d: string) => Object.keys(documentOf(d).paths).sort();
    const common = ["/health", "/v1/models", "/v1/models/{model}"];
    expect(paths("whisper")).toEqual(
      [...common, "/v1/audio/speech", "/v1/audio/transcriptions", "/v1/audio/translations"].sort(),
    );
    const all = new Set(["chat-embed", "image", "whisper", "translate"].flatMap(paths));
    expect(paths("router")).toEqual([...all].sort());
  });

  it("takes request bodies from the valibot schemas the handlers validate with", () => {
    const chat = bodySchema(documentOf("chat-embed"), "/v1/chat/completions");
    expect(chat.required).toEqual(["model", "messages"]);
    expect(chat.properties.messages).toMatchObject({ type: "array", minItems: 1 });
    expect(chat.properties.temperature).toEqual({
      anyOf: [{ type: "number", minimum: 0, maximum: 2 }, { type: "null" }],
    });
    expect(chat.properties.model?.examples).toContain("@cf/meta/llama-3.3-70b-instruct-fp8-fast");
    const speech = bodySchema(documentOf("whisper"), "/v1/audio/speech");
    expect(speech.properties.response_format).toMatchObject({ enum: ["mp3", "opus", "aac", "flac", "wav", "pcm"] });
    const transcription = bodySchema(documentOf("whisper"), "/v1/audio/transcriptions", "multipart/form-data");
    expect(transcription.required).toEqual(["file", "model"]);
    expect(transcription.properties.file).toMatchObject({ contentMediaType: "application/octet-stream" });
    const generate = bodySchema(documentOf("image"), "/v1/images/generations");
    expect(generate).toMatchObject({ additionalProperties: false, required: ["prompt"] });
  });

  it("merges the two workers behind chat completions in the router's document", () => {
    const chat = bodySchema(documentOf("router"), "/v1/chat/completions");
    expect(chat.anyOf).toHaveLength(2);
  });

  it("describes the credentials, the error envelopes and the event streams", () => {
    const doc = documentOf("router");
    expect(Object.keys(doc.components.securitySchemes)).toEqual([
      "bearer",
      "apiKeyHeader",
      "deeplAuthKey",
      "queryToken",
    ]);
    const responses = (path: string, method = "post") => doc.paths[path]?.[method]?.responses as Record<string, any>;
    expect(responses("/v1/embeddings")["4XX"].content["application/json"].schema.$ref).toBe(
      "#/components/schemas/OpenAIError",
    );
    expect(responses("/v2/translate")["4XX"].content["application/json"].schema.$ref).toBe(
      "#/components/schemas/DeepLError",
    );
    expect(responses("/translate")["4XX"].content["application/json"].schema.$ref).toBe(
      "#/components/schemas/DeepLXError",
    );
    expect(Object.keys(responses("/v1/chat/completions")["200"].content)).toEqual([
      "application/json",
      "text/event-stream",
    ]);
    expect(doc.paths["/health"]?.get?.security).toEqual([]);
    expect(doc.paths["/file/{key}"]?.get?.security).toEqual([]);
  });
});
