import { describe, expect, it } from "vitest";
import { GATEWAY_NOTES_HEADER, withGatewayNotes } from "../src/gateway-notes.ts";

describe("withGatewayNotes", () => {
  it("adds nothing when there is nothing to say", () => {
    expect(withGatewayNotes(new Response("x"), []).headers.has(GATEWAY_NOTES_HEADER)).toBe(false);
  });

  it("joins distinct notes, in ASCII", () => {
    const res = withGatewayNotes(new Response("x"), [
      "ignored: temperature",
      "target 中文 served as zh",
      "ignored: temperature",
    ]);
    expect(res.headers.get("x-gateway-notes")).toBe("ignored: temperature; target ?? served as zh");
  });
});
