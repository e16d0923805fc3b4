import { exports } from "cloudflare:workers";

export const KEY = "sk-local-dev";
export const AUTH = { authorization: `Bearer ${KEY}` };

/** Calls the worker under test with the development key. */
export function call(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has("authorization")) headers.set("authorization", AUTH.authorization);
  return exports.default.fetch(`http://w${path}`, { ...init, headers });
}

/** POSTs JSON. */
export const postJson = (path: string, body: unknown, headers: HeadersInit = {}) =>
  call(path, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

export function bytesOfBase64(b64: string): Uint8Array {
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
}

export const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47];
export const JPEG_MAGIC = [0xff, 0xd8, 0xff];

/** A real 1×1 PNG. */
export const TINY_PNG = bytesOfBase64(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC",
);

export interface ErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}
