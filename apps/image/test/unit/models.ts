import { findModel, type Model } from "@wai/catalog";

const model = (id: string): Model => {
  const found = findModel(id);
  if (!found) throw new Error(`no ${id} in the catalog`);
  return found;
};

export const SDXL = model("@cf/stabilityai/stable-diffusion-xl-base-1.0");
export const LIGHTNING = model("@cf/bytedance/stable-diffusion-xl-lightning");
export const IMG2IMG = model("@cf/runwayml/stable-diffusion-v1-5-img2img");
export const INPAINT = model("@cf/runwayml/stable-diffusion-v1-5-inpainting");
export const SCHNELL = model("@cf/black-forest-labs/flux-1-schnell");
export const FLUX2 = model("@cf/black-forest-labs/flux-2-dev");
export const KLEIN = model("@cf/black-forest-labs/flux-2-klein-4b");
export const PHOENIX = model("@cf/leonardo/phoenix-1.0");
export const KLEIN9 = model("@cf/black-forest-labs/flux-2-klein-9b");
export const LUCID = model("@cf/leonardo/lucid-origin");
