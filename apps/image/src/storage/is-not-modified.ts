/**
 * RFC 9110 §13.1: `If-None-Match` (weak comparison, `*` matches anything) decides when present; otherwise
 * `If-Modified-Since`, to the second. True means answer 304.
 */
export function isNotModified(headers: Headers, etag: string, uploaded: Date): boolean {
  const ifNoneMatch = headers.get("if-none-match");
  if (ifNoneMatch !== null) {
    const bare = etag.replace(/^W\//, "");
    return ifNoneMatch.split(",").some((tag) => {
      const t = tag.trim();
      return t === "*" || t.replace(/^W\//, "") === bare;
    });
  }
  const since = Date.parse(headers.get("if-modified-since") ?? "");
  return !Number.isNaN(since) && Math.floor(uploaded.getTime() / 1000) * 1000 <= since;
}
