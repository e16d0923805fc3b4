import { drawRandom } from "./draw-random.ts";

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** A request id on every response: the client's `x-request-id` when it sent a sane one, otherwise a new one. */
export function requestIdOf(request: Request): string {
  const given = request.headers.get("x-request-id") ?? request.headers.get("cf-ray");
  if (given && /^[\w.:-]{1,128}$/.test(given)) return given;
  const bytes = drawRandom(16);
  let id = "req_";
  for (let i = 0; i < 16; i++) id += HEX[bytes[i] as number];
  return id;
}
