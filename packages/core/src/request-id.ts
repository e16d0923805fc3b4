import { drawRandom } from "./draw-random.ts";
import { toHex } from "./to-hex.ts";

/** A request id on every response: the client's `x-request-id` when it sent a sane one, otherwise a new one. */
export function requestIdOf(request: Request): string {
  const given = request.headers.get("x-request-id") ?? request.headers.get("cf-ray");
  if (given && /^[\w.:-]{1,128}$/.test(given)) return given;
  return `req_${toHex(drawRandom(16))}`;
}
