import { describe, expect, it } from "vitest";
import type { Env } from "../../src/env.ts";
import { resolveImageModel } from "../../src/resolve-image-model.ts";
import { formFields } from "../../src/uploads/form-fields.ts";

const env = (vars: Partial<Env>) => vars as Env;

describe("resolveImageModel", () => {
  it("uses the named model, else DEFAULT_IMAGE_MODEL, else dall-e-2 (SDXL-Lightning)", () => {
    expect(resolveImageModel("dall-e-3", env({})).models[0].id).toBe("@cf/black-forest-labs/flux-1-schnell");
    expect(resolveImageModel(undefined, env({ DEFAULT_IMAGE_MODEL: "dall-e-3" })).models[0].id).toBe(
      "@cf/black-forest-labs/flux-1-schnell",
    );
    expect(resolveImageModel(null, env({})).models[0].id).toBe("@cf/bytedance/stable-diffusion-xl-lightning");
  });

  it("honours MODEL_ALIASES and never substitutes for an unknown default", () => {
    const aliased = env({ MODEL_ALIASES: "dall-e-2=@cf/lykon/dreamshaper-8-lcm" });
    expect(resolveImageModel(undefined, aliased).models[0].id).toBe("@cf/lykon/dreamshaper-8-lcm");
    expect(() => resolveImageModel(undefined, env({ DEFAULT_IMAGE_MODEL: "nope" }))).toThrow(
      expect.objectContaining({ status: 404, code: "model_not_found" }),
    );
  });
});

describe("formFields", () => {
  it("reads multipart text as the JSON the schema checks: numbers where numeric, else text", () => {
    const form = new FormData();
    for (const [k, v] of [
      ["n", "2"],
      ["seed", "x"],
      ["prompt", "42"],
      ["strength", "0.5"],
      ["stream", "false"],
      ["image", "skip"],
    ]) {
      form.append(k as string, v as string);
    }
    expect(formFields(form, ["image"])).toEqual({ n: 2, seed: "x", prompt: "42", strength: 0.5, stream: false });
  });
});
