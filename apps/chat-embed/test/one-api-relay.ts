/**
 * OneAPI's stream relay (songquanpeng/one-api `relay/adaptor/openai/main.go`, reference clients.md §1): it reads
 * lines starting with exactly `data: `, forwards a chunk only when it has `choices` or `usage`, drops the
 * upstream `[DONE]` and writes its own. Returns the chunks the gateway's client receives, `[DONE]` last.
 */
export function relayThroughOneApi(sse: string): unknown[] {
  const out: unknown[] = [];
  for (const line of sse.split("\n")) {
    if (!line.startsWith("data: ")) continue;
    const data = line.slice(6);
    if (data === "[DONE]") continue;
    let chunk: { choices?: unknown[]; usage?: unknown };
    try {
      chunk = JSON.parse(data);
    } catch {
      out.push(data); // it forwards what it cannot parse as is
      continue;
    }
    if ((chunk.choices?.length ?? 0) === 0 && !chunk.usage) continue;
    out.push(chunk);
  }
  out.push("[DONE]");
  return out;
}
