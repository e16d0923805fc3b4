import { describe, expect, it } from "vitest";
import { toCurl } from "../src/app/to-curl.ts";

describe("toCurl", () => {
  it("writes a JSON request with the key as $API_KEY, never the key", () => {
    const json = { model: "m", messages: [{ role: "user", content: "it's" }] };
    expect(toCurl("http://127.0.0.1:8787", { method: "POST", path: "/v1/chat/completions", json })).toBe(
      [
        "curl -X POST 'http://127.0.0.1:8787/v1/chat/completions' \\",
        `  -H 'Authorization: Bearer '"$API_KEY" \\`,
        "  -H 'Content-Type: application/json' \\",
        `  -d '{"model":"m","messages":[{"role":"user","content":"it'\\''s"}]}'`,
      ].join("\n"),
    );
  });

  it("writes multipart fields, files as @name, and DeepL's scheme", () => {
    const file = new File(["x"], "talk.wav");
    const curl = toCurl("https://g", {
      method: "POST",
      path: "/v2/translate",
      form: { model: "w", file },
      scheme: "DeepL-Auth-Key",
    });
    expect(curl).toContain(`-H 'Authorization: DeepL-Auth-Key '"$API_KEY"`);
    expect(curl).toContain("-F 'model=w' \\\n  -F 'file=@talk.wav'");
  });

  it("shortens base64 images", () => {
    const url = `data:image/png;base64,${"A".repeat(400)}`;
    const curl = toCurl("https://g", { method: "POST", path: "/x", json: { url } });
    expect(curl).toContain('"url":"data:image/png;base64,…"');
  });
});
