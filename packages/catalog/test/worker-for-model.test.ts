import { describe, expect, it } from "vitest";
import { findModel, MODELS, workerForModel } from "../src/index.ts";

const names = [
  ...new Set(
    MODELS.flatMap((m) => [
      m.id,
      m.id.replace(/^@(cf|hf)\//, ""),
      m.id.slice(m.id.lastIndexOf("/") + 1),
      ...m.aliases,
      ...m.aliases.map((a) => a.toUpperCase()),
    ]),
  ),
];
const overrides = {
  "my-painter": "@cf/black-forest-labs/flux-1-schnell",
  "dall-e-3": "@cf/meta/llama-3.1-8b-instruct-fast",
  "gpt-4o": "@cf/leonardo/phoenix-1.0",
  "my-voice": "@cf/deepgram/aura-2-en",
  "my-new": "@cf/some/new-model",
};
const expected = (name: string, aliases?: Record<string, string>) => findModel(name, aliases)?.worker ?? "chat-embed";

describe("workerForModel", () => {
  it.each(names)("agrees with findModel for %j", (name) => {
    expect(workerForModel(name)).toBe(expected(name));
    expect(workerForModel(name, overrides)).toBe(expected(name, overrides));
  });

  it.each([...Object.keys(overrides), "MY-PAINTER"])("follows MODEL_ALIASES for %j", (name) => {
    expect(workerForModel(name, overrides)).toBe(expected(name, overrides));
  });

  it("sends unlisted @cf/ ids and unknown names to chat-embed, which passes through or refuses them", () => {
    expect(workerForModel("@cf/zai-org/glm-5.2")).toBe("chat-embed");
    expect(workerForModel("no-such-model")).toBe("chat-embed");
    expect(workerForModel("dall-e-3")).toBe("image");
    expect(workerForModel("@cf/runwayml/stable-diffusion-v1-5-inpainting")).toBe("image");
    expect(workerForModel("whisper-sherpa")).toBe("whisper");
  });
});
