import { badRequest } from "@wai/core";

/**
 * Refuses image URLs the gateway must not fetch on a client's behalf: schemes other than http(s), `localhost`
 * and other local names, and private, loopback, link-local, CGNAT and unspecified IP literals (v4 and v6,
 * v4-mapped included). A hostname's DNS answer cannot be checked from a Worker; Cloudflare's own fetch never
 * reaches private networks, which covers that case in production.
 */
export function checkPublicUrl(raw: string, param: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw badRequest("The image URL is not a valid URL: send an http(s) URL or a base64 data: URI.", param);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw badRequest(`Image URLs must be http(s) or data: URIs, not \`${url.protocol}\`.`, param);
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, "");
  if (isLocalName(host) || isPrivateIpv4(host) || isPrivateIpv6(host))
    throw badRequest("The image URL points to a private or local address, which this gateway does not fetch.", param);
  return url;
}

function isLocalName(host: string): boolean {
  return (
    host === "localhost" ||
    /\.(localhost|local|internal|home\.arpa)\.?$/.test(host) ||
    (!host.includes(".") && !host.includes(":"))
  );
}

function isPrivateIpv4(host: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 198 && (b === 18 || b === 19)) ||
    a >= 224
  );
}

function isPrivateIpv6(host: string): boolean {
  if (!host.includes(":")) return false;
  if (host === "::" || host === "::1") return true;
  const mapped = /^::ffff:(.+)$/.exec(host)?.[1];
  if (mapped) return mapped.includes(".") ? isPrivateIpv4(mapped) : true;
  return /^(fc|fd|fe8|fe9|fea|feb)/.test(host);
}
