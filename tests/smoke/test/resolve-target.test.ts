import { describe, expect, it } from "vitest";
import { resolveTarget } from "../src/resolve-target.ts";

describe("resolveTarget", () => {
  it("runs on the local emulator by default", () => {
    expect(resolveTarget([], {})).toEqual({ target: { kind: "local" }, only: [] });
  });

  it("--live without credentials says what to set", () => {
    const message = resolveTarget(["--live"], { CLOUDFLARE_ACCOUNT_ID: "acc" });
    expect(message).toMatch(/needs CLOUDFLARE_API_TOKEN\./);
    expect(message).toMatch(/Workers AI Read and Workers AI Edit/);
    expect(resolveTarget(["--live"], {})).toMatch(/needs CLOUDFLARE_ACCOUNT_ID and CLOUDFLARE_API_TOKEN/);
  });

  it("--live with credentials goes through the REST API", () => {
    const env = { CLOUDFLARE_ACCOUNT_ID: " acc ", CLOUDFLARE_API_TOKEN: "tok" };
    expect(resolveTarget(["--live", "--only", "whisper"], env)).toEqual({
      target: { kind: "live", accountId: "acc", token: "tok", apiBaseUrl: undefined },
      only: ["whisper"],
    });
  });

  it("--base-url needs a key, and the targets exclude each other", () => {
    expect(resolveTarget(["--base-url", "https://ai.example.com"], {})).toMatch(/needs --key/);
    expect(resolveTarget(["--base-url", "https://ai.example.com"], { SMOKE_KEY: "k" })).toEqual({
      target: { kind: "url", baseUrl: "https://ai.example.com", key: "k" },
      only: [],
    });
    expect(resolveTarget(["--live", "--rest-emulator"], {})).toMatch(/Choose one/);
    expect(resolveTarget(["--nope"], {})).toMatch(/Unknown option '--nope'/);
  });
});
