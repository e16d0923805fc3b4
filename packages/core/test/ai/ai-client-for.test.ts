import { describe, expect, it, vi } from "vitest";
import { aiClientFor } from "../../src/ai/ai-client-for.ts";

describe("aiClientFor", () => {
  it("uses the AI binding in keys mode", async () => {
    const run = vi.fn(async () => ({ response: "hi" }));
    const client = aiClientFor({ auth: { mode: "keys", token: "sk" } }, { API_KEYS: "sk", AI: { run } });
    expect(await client.run("@cf/m/x", { prompt: "p" })).toEqual({ response: "hi" });
    expect(run).toHaveBeenCalledWith("@cf/m/x", { prompt: "p" }, undefined);
  });

  it("uses the REST API with the caller's token in passthrough mode, not the binding", async () => {
    const run = vi.fn();
    const fetchSpy = vi
      .spyOn(globalThis, "fetch")
      .mockResolvedValue(Response.json({ result: { response: "rest" }, success: true, errors: [], messages: [] }));
    try {
      const client = aiClientFor(
        { auth: { mode: "passthrough", token: "cf-token" } },
        { AUTH_MODE: "passthrough", CF_ACCOUNT_ID: "acc", AI: { run } },
      );
      expect(await client.run("@cf/m/x", { prompt: "p" })).toEqual({ response: "rest" });
      expect(run).not.toHaveBeenCalled();
      const [url, init] = fetchSpy.mock.calls[0]!;
      expect(String(url)).toBe("https://api.cloudflare.com/client/v4/accounts/acc/ai/run/@cf/m/x");
      expect(new Headers(init?.headers).get("authorization")).toBe("Bearer cf-token");
    } finally {
      fetchSpy.mockRestore();
    }
  });
});
