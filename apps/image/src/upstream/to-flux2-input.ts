import type { Flux2FormFields, Flux2Input } from "./upstream-inputs.ts";

/**
 * FLUX.2's input: multipart form data even for a prompt alone, handed to the binding as `{multipart: {body,
 * contentType}}` (the serialized form and its content type with the boundary, as Cloudflare's examples build
 * them with `new Response(form)`). Unset fields are left out of the form.
 */
export function toFlux2Input(fields: Flux2FormFields): Flux2Input {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (value instanceof Uint8Array) form.set(key, new Blob([value]), "image");
    else if (value !== undefined) form.set(key, String(value));
  }
  const serialized = new Response(form);
  return {
    multipart: {
      body: serialized.body ?? undefined,
      contentType: serialized.headers.get("content-type") ?? undefined,
    },
  };
}
