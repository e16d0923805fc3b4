import { describe, expect, it } from "vitest";
import { formatTable } from "../src/format-table.ts";
import { runCase } from "../src/run-case.ts";
import { SMOKE_CASES } from "../src/smoke-cases.ts";

const deepl = SMOKE_CASES.find((c) => c.route === "POST /v2/translate")!;
const stub =
  (answer: () => Response): typeof fetch =>
  async () =>
    answer();

describe("runCase", () => {
  it("turns a wrong answer into a failed row, with the reason", async () => {
    const row = await runCase(deepl, {
      baseUrl: "http://gateway.test",
      key: "k",
      fetch: stub(() => Response.json({ translations: [{ text: "ERROR: 3010" }] })),
    });
    expect(row).toMatchObject({ status: 200, model: "@cf/meta/m2m100-1.2b", variant: "DeepL" });
    expect(row.problem).toMatch(/expected 2 translations/);
  });

  it("turns a refused connection into a failed row", async () => {
    const row = await runCase(deepl, {
      baseUrl: "http://gateway.test",
      key: "k",
      fetch: async () => {
        throw new TypeError("fetch failed");
      },
    });
    expect(row).toMatchObject({ status: 0, problem: "no answer: fetch failed" });
  });

  it("sends the key where the protocol wants it, and the JSON body", async () => {
    let seen: Request | undefined;
    await runCase(deepl, {
      baseUrl: "http://gateway.test/",
      key: "secret",
      fetch: async (input, init) => {
        seen = new Request(input, init);
        return Response.json({});
      },
    });
    expect(seen?.url).toBe("http://gateway.test/v2/translate");
    expect(seen?.headers.get("authorization")).toBe("DeepL-Auth-Key secret");
    expect(await seen?.json()).toMatchObject({ target_lang: "EN-US" });
  });
});

describe("formatTable", () => {
  it("lists every row, then each failure's reason and the counts", () => {
    const table = formatTable([
      {
        model: "@cf/a",
        route: "POST /v1/embeddings",
        variant: undefined,
        status: 200,
        ms: 31,
        usage: "10 in",
        problem: undefined,
      },
      {
        model: "@cf/b",
        route: "POST /translate",
        variant: "DeepLX",
        status: 502,
        ms: 7,
        usage: "",
        problem: "status 502",
      },
    ]);
    expect(table).toBe(
      [
        "model  route                     status  ms  usage  result",
        "-----  ------------------------  ------  --  -----  ------",
        "@cf/a  POST /v1/embeddings          200  31  10 in  ok",
        "@cf/b  POST /translate (DeepLX)     502   7  -      FAIL",
        "",
        "FAIL @cf/b POST /translate (DeepLX): status 502",
        "",
        "1 passed, 1 failed",
      ].join("\n"),
    );
  });
});
