import { ApiError, badRequest, readCappedBytes, toBase64 } from "@wai/core";
import { checkPublicUrl } from "./check-public-url.ts";

export interface FetchImageOptions {
  fetch: typeof fetch;
  /** Largest image accepted, in bytes. */
  maxBytes: number;
  timeoutMs: number;
  /** The request field named in errors (`messages.0.content.1.image_url.url`). */
  param: string;
}

const MAX_REDIRECTS = 3;

/**
 * Workers AI takes images only as `data:` URIs (reference §2.2), so an http(s) image URL is fetched here:
 * public addresses only (each redirect checked too), within a time limit and a size cap (read as it arrives,
 * never past the cap), and only an `image/*` answer. Every failure is a 400 naming the field.
 */
export async function fetchImageAsDataUri(raw: string, options: FetchImageOptions): Promise<string> {
  const { param } = options;
  let url = checkPublicUrl(raw, param);
  const signal = AbortSignal.timeout(options.timeoutMs);
  for (let hop = 0; ; hop++) {
    let response: Response;
    try {
      response = await options.fetch(url.href, { redirect: "manual", signal, headers: { accept: "image/*" } });
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
      throw badRequest(
        timedOut
          ? `The image URL did not answer within ${options.timeoutMs / 1000} s.`
          : "The image URL could not be fetched.",
        param,
      );
    }
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      if (hop >= MAX_REDIRECTS) throw badRequest("The image URL redirects too many times.", param);
      url = checkPublicUrl(new URL(location, url).href, param);
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw badRequest(`Fetching the image URL failed with HTTP ${response.status}.`, param);
    }
    const type = (response.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
    if (!type.startsWith("image/")) {
      await response.body?.cancel();
      throw badRequest(`The image URL answered \`${type || "no content type"}\`, not an image.`, param);
    }
    return `data:${type};base64,${toBase64(await readCapped(response, options))}`;
  }
}

function readCapped(response: Response, { maxBytes, param }: FetchImageOptions): Promise<Uint8Array> {
  const tooLarge = () =>
    new ApiError({
      status: 400,
      code: "image_too_large",
      param,
      message: `The image is larger than ${maxBytes} bytes.`,
    });
  return readCappedBytes(response, maxBytes, tooLarge);
}
