import { describe, expect, it } from "vitest";
import { configOf, DEFAULT_API_BASE_URL, parseAliases, readConfig } from "../src/config.ts";

describe("readConfig", () => {
  it("defaults to keys mode and the public REST API", () => {
    expect(readConfig({})).toEqual({
      auth: { mode: "keys", keys: [] },
      accountId: undefined,
      gatewayId: undefined,
      aliases: {},
      apiBaseUrl: DEFAULT_API_BASE_URL,
    });
  });

  it("reads every variable", () => {
    const config = readConfig({
      API_KEYS: " sk-a , sk-b,,",
      AUTH_MODE: " Passthrough ",
      CF_ACCOUNT_ID: " acc ",
      AI_GATEWAY_ID: "gw",
      MODEL_ALIASES: "gpt-4o=@cf/meta/llama-3.3-70b-instruct-fp8-fast",
      CF_API_BASE_URL: "http://127.0.0.1:8787/client/v4//",
    });
    expect(config).toEqual({
      auth: { mode: "passthrough", keys: ["sk-a", "sk-b"] },
      accountId: "acc",
      gatewayId: "gw",
      aliases: { "gpt-4o": "@cf/meta/llama-3.3-70b-instruct-fp8-fast" },
      apiBaseUrl: "http://127.0.0.1:8787/client/v4",
    });
  });

  it("refuses an unknown AUTH_MODE", () => {
    expect(() => readConfig({ AUTH_MODE: "open" })).toThrow(/AUTH_MODE must be "keys" or "passthrough", not "open"/);
  });

  it("treats blank optional variables as unset", () => {
    expect(readConfig({ CF_ACCOUNT_ID: " ", AI_GATEWAY_ID: "", CF_API_BASE_URL: " " })).toMatchObject({
      accountId: undefined,
      gatewayId: undefined,
      apiBaseUrl: DEFAULT_API_BASE_URL,
    });
  });
});

describe("parseAliases", () => {
  it("reads the JSON form", () => {
    expect(parseAliases('{"gpt-4o-mini":"@cf/meta/llama-3.1-8b-instruct","whisper-1":"@cf/openai/whisper"}')).toEqual({
      "gpt-4o-mini": "@cf/meta/llama-3.1-8b-instruct",
      "whisper-1": "@cf/openai/whisper",
    });
  });

  it("reads the a=b form, keeping `=` inside the model id", () => {
    expect(parseAliases(" gpt-4o = @cf/a/b , dall-e-3=@cf/black-forest-labs/flux-1-schnell,x=y=z")).toEqual({
      "gpt-4o": "@cf/a/b",
      "dall-e-3": "@cf/black-forest-labs/flux-1-schnell",
      x: "y=z",
    });
  });

  it.each([undefined, "", "  "])("is empty for %j", (value) => {
    expect(parseAliases(value)).toEqual({});
  });

  it.each([
    ['{"gpt-4o":', /MODEL_ALIASES is not valid JSON/],
    ['{"gpt-4o":5}', /"gpt-4o" must map to a model id string/],
    ['{"gpt-4o":" "}', /"gpt-4o" must map to a model id string/],
    ["gpt-4o", /"gpt-4o" is not alias=model/],
    ["=@cf/a/b", /is not alias=model/],
    ["gpt-4o=", /is not alias=model/],
  ])("refuses the malformed %j", (value, message) => {
    expect(() => parseAliases(value)).toThrow(message);
  });
});

describe("configOf", () => {
  it("parses once per env and values, and again when a value changes", () => {
    const env: Record<string, string> = { API_KEYS: "a,b", MODEL_ALIASES: "x=y" };
    const first = configOf(env);
    expect(configOf(env)).toBe(first);
    expect(configOf(env).auth.keys).toBe(first.auth.keys);
    env.API_KEYS = "c";
    expect(configOf(env).auth.keys).toEqual(["c"]);
    expect(configOf({ API_KEYS: "a,b", MODEL_ALIASES: "x=y" })).not.toBe(first);
  });
});
