import { describe, expect, it } from "vitest";
import { configOf, DEFAULT_API_BASE_URL, readConfig } from "../src/config.ts";

describe("readConfig", () => {
  it("defaults to keys mode and the public REST API", () => {
    expect(readConfig({})).toEqual({
      auth: { mode: "keys", keys: [] },
      accountId: undefined,
      gatewayId: undefined,
      apiBaseUrl: DEFAULT_API_BASE_URL,
    });
  });

  it("reads every variable", () => {
    const config = readConfig({
      API_KEYS: " sk-a , sk-b,,",
      AUTH_MODE: " Passthrough ",
      CF_ACCOUNT_ID: " acc ",
      AI_GATEWAY_ID: "gw",
      CF_API_BASE_URL: "http://127.0.0.1:8787/client/v4//",
    });
    expect(config).toEqual({
      auth: { mode: "passthrough", keys: ["sk-a", "sk-b"] },
      accountId: "acc",
      gatewayId: "gw",
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
