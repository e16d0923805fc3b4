const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
/** Random bytes drawn 4 KiB at a time: one `getRandomValues` per 256 ids rather than a `randomUUID` each. */
const pool = new Uint8Array(4096);
let used = pool.length;

/** A request id on every response: the client's `x-request-id` when it sent a sane one, otherwise a new one. */
export function requestIdOf(request: Request): string {
  const given = request.headers.get("x-request-id") ?? request.headers.get("cf-ray");
  if (given && /^[\w.:-]{1,128}$/.test(given)) return given;
  if (used + 16 > pool.length) {
    crypto.getRandomValues(pool);
    used = 0;
  }
  let id = "req_";
  for (const end = used + 16; used < end; used++) id += HEX[pool[used] as number];
  return id;
}
