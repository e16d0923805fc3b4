import type { OpenApiRoute } from "@wai/playground/openapi-route";
import { ChatImageParams } from "./schemas/chat-image-params.ts";
import { ImageEditParams } from "./schemas/image-edit-params.ts";
import { ImageGenerateParams } from "./schemas/image-generate-params.ts";

const IMAGES = {
  kind: "json",
  description: "`ImagesResponse`: `data[]` with `url` (stored, public) or `b64_json`",
} as const;

/** This worker's routes for `/openapi.json` (read by the playground's build, never bundled). */
export const OPENAPI_ROUTES: OpenApiRoute[] = [
  {
    method: "post",
    path: "/v1/images/generations",
    summary: "Generate images from a prompt (OpenAI)",
    worker: "image",
    json: ImageGenerateParams,
    modelTasks: ["text-to-image"],
    response: IMAGES,
  },
  {
    method: "post",
    path: "/v1/images/edits",
    summary: "Edit an image, with an optional mask (transparent pixels are repainted)",
    worker: "image",
    json: ImageEditParams,
    multipart: {
      fields: ImageEditParams,
      files: { image: "The image to edit (PNG, JPEG or WebP)", mask: "A PNG whose transparent pixels are repainted" },
      required: ["image", "prompt"],
    },
    modelTasks: ["text-to-image"],
    response: IMAGES,
  },
  {
    method: "post",
    path: "/v1/chat/completions",
    summary: "Images through chat (OneAPI's way): the last user message is the prompt; answered in markdown",
    worker: "image",
    json: ChatImageParams,
    modelTasks: ["text-to-image"],
    response: { kind: "json-or-sse", description: "A `chat.completion` whose content links the stored images" },
  },
  {
    method: "get",
    path: "/file/{key}",
    summary: "A stored image (its unguessable URL is the capability: no key needed)",
    worker: "image",
    isPublic: true,
    response: { kind: "binary", description: "The image", types: ["image/png", "image/jpeg"] },
  },
];
