import type { Model } from "@wai/catalog";
import { badRequest } from "@wai/core";
import { FORMAT_OF } from "./sniff-image-type.ts";
import type { GeneratedImage } from "./upstream/generated-image.ts";

/** The format a model is known to make: PNG for the SD family, JPEG for phoenix and flux-1-schnell. */
function knownFormat(model: Model): string | undefined {
  if (model.output === "png-bytes") return "png";
  if (model.output === "jpeg-bytes" || model.input === "flux-schnell") return "jpeg";
  return undefined;
}

/**
 * `output_format` is honoured, not transcoded: asking a model for a format it does not make is a 400, before any
 * neuron is spent when the catalog knows the format, after generation otherwise.
 */
export function checkOutputFormat(model: Model, wanted: string | null | undefined, images?: GeneratedImage[]): void {
  if (!wanted) return;
  const made = images?.[0] ? FORMAT_OF[images[0].contentType] : knownFormat(model);
  if (made === undefined || made === wanted) return;
  throw badRequest(
    `The model \`${model.id}\` makes ${made.toUpperCase()} images; this gateway does not convert them to ${wanted.toUpperCase()}. Leave \`output_format\` out or ask for \`${made}\`.`,
    "output_format",
    "unsupported_parameter",
  );
}
