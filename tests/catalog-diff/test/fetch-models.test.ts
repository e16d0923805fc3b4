import { describe, expect, it } from "vitest";
import { fetchModels } from "../src/fetch-models.ts";

const model = (i: number) => ({ name: `@cf/x/m${i}`, task: { name: "Text Generation" }, properties: [] });

describe("fetchModels", () => {
  it("reads every page of the models search API with the token", async () => {
    const seen: string[] = [];
    const models = await fetchModels({
      accountId: "acc 1",
      token: "tok",
      fetch: async (url, init) => {
        seen.push(String(url));
        expect(new Headers(init?.headers).get("authorization")).toBe("Bearer tok");
        const page = Number(new URL(String(url)).searchParams.get("page"));
        const result = Array.from({ length: page === 1 ? 100 : 3 }, (_, i) => model((page - 1) * 100 + i));
        return Response.json({ result, success: true, errors: [], messages: [] });
      },
    });
    expect(models).toHaveLength(103);
    expect(seen).toEqual([
      "https://api.cloudflare.com/client/v4/accounts/acc%201/ai/models/search?per_page=100&page=1",
      "https://api.cloudflare.com/client/v4/accounts/acc%201/ai/models/search?per_page=100&page=2",
    ]);
  });

  it("throws the API's error, code and message", async () => {
    const failing = fetchModels({
      accountId: "acc",
      token: "bad",
      baseUrl: "http://api.test/client/v4/",
      fetch: async () =>
        Response.json(
          { result: null, success: false, errors: [{ code: 10000, message: "Authentication error" }], messages: [] },
          { status: 403 },
        ),
    });
    await expect(failing).rejects.toThrow(
      "GET /accounts/acc/ai/models/search?per_page=100&page=1 answered 403 (10000: Authentication error)",
    );
  });
});
