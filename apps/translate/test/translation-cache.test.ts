import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fresh, post } from "./post.ts";

afterEach(() => vi.restoreAllMocks());

describe("translation cache", () => {
  it("answers a repeated paragraph from the cache without an inference", async () => {
    const text = fresh("Dieser Absatz wird zweimal übersetzt");
    const body = { text, source_lang: "de", target_lang: "en" };
    const first = await post("/translate", body);
    expect(first.status).toBe(200);
    await new Promise((r) => setTimeout(r, 50)); // the cache write runs in waitUntil
    const run = vi.spyOn(env.AI, "run");
    const second = await post("/translate", body);
    expect(await second.json()).toMatchObject({ data: `[en] ${text}` });
    expect(run).not.toHaveBeenCalled();
  });

  it("keys on the target: another target is a new inference", async () => {
    const text = fresh("Noch ein Absatz");
    await post("/translate", { text, source_lang: "de", target_lang: "en" });
    await new Promise((r) => setTimeout(r, 50));
    const run = vi.spyOn(env.AI, "run");
    const res = await post("/translate", { text, source_lang: "de", target_lang: "fr" });
    expect(await res.json()).toMatchObject({ data: `[fr] ${text}` });
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("joins a burst of identical concurrent requests into one inference", async () => {
    const run = vi.spyOn(env.AI, "run");
    const text = fresh("Ein Absatz, zwanzigmal gleichzeitig");
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => post("/translate", { text, source_lang: "de", target_lang: "en" })),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(run).toHaveBeenCalledTimes(1);
  });
});
