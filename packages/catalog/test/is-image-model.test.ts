import { describe, expect, it } from "vitest";
import { findModel } from "../src/find-model.ts";
import { isImageModel } from "../src/is-image-model.ts";
import { MODELS } from "../src/models/index.ts";

const names = [
  ...MODELS.flatMap((m) => [
    m.id,
    m.id.replace(/^@(cf|hf)\//, ""),
    m.id.slice(m.id.lastIndexOf("/") + 1),
    ...m.aliases,
  ]),
  "DALL-E-3",
  "Gpt-4o-Mini",
  "no-such-model",
  "",
];
const overrides = {
  "my-painter": "@cf/stabilityai/stable-diffusion-xl-base-1.0",
  "dall-e-3": "@cf/meta/llama-3.3-70b-instruct-fp8-fast",
  "gpt-4o": "flux-1-schnell",
};

describe("isImageModel", () => {
  it.each(names)("agrees with the full catalog on %j", (name) => {
    expect(isImageModel(name)).toBe(findModel(name)?.task === "text-to-image");
    expect(isImageModel(name, overrides)).toBe(findModel(name, overrides)?.task === "text-to-image");
  });

  it.each([...Object.keys(overrides), "MY-PAINTER"])("follows MODEL_ALIASES for %j", (name) => {
    expect(isImageModel(name, overrides)).toBe(findModel(name, overrides)?.task === "text-to-image");
  });

  it("knows the image models and their aliases", () => {
    expect(isImageModel("dall-e-3")).toBe(true);
    expect(isImageModel("@cf/black-forest-labs/flux-1-schnell")).toBe(true);
    expect(isImageModel("gpt-4o-mini")).toBe(false);
    expect(isImageModel("dall-e-3", overrides)).toBe(false);
    expect(isImageModel("my-painter", overrides)).toBe(true);
  });
});
