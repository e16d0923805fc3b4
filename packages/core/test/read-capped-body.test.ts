import { describe, expect, it } from "vitest";
import { readCappedBody } from "../src/read-capped-body.ts";
import { apiErrorOf } from "./expect-api-error.ts";

const chunked = (parts: string[]) =>
  new Request("https://gw.example/", {
    method: "POST",
    body: new ReadableStream({
      start(controller) {
        for (const part of parts) controller.enqueue(new TextEncoder().encode(part));
        controller.close();
      },
    }),
  });

describe("readCappedBody", () => {
  it("returns every byte of a body within the cap, across chunks", async () => {
    expect(new TextDecoder().decode(await readCappedBody(chunked(["ab", "cd", "e"]), 5))).toBe("abcde");
  });

  it("refuses a declared length over the cap before reading, with the caller's advice", async () => {
    const request = new Request("https://gw.example/", {
      method: "POST",
      headers: { "content-length": "20" },
      body: "x".repeat(20),
    });
    const error = await apiErrorOf(() => readCappedBody(request, 10, "Split the text."));
    expect(error).toMatchObject({ status: 413, code: "request_too_large" });
    expect(error.message).toContain("Split the text.");
    expect(request.bodyUsed).toBe(false);
  });

  it("refuses a chunked body as soon as it passes the cap", async () => {
    expect(await apiErrorOf(() => readCappedBody(chunked(["abc", "def"]), 5))).toMatchObject({ status: 413 });
  });

  it("reads a body of declared length within the cap whole", async () => {
    const request = new Request("https://gw.example/", {
      method: "POST",
      headers: { "content-length": "5" },
      body: "héllo".slice(0, 4),
    });
    expect(new TextDecoder().decode(await readCappedBody(request, 5))).toBe("héll");
  });

  it("refuses a body longer than its declared length when that passes the cap", async () => {
    const request = chunked(["abc", "def"]);
    const lying = new Request(request, { headers: { "content-length": "3" } });
    expect(await apiErrorOf(() => readCappedBody(lying, 5))).toMatchObject({ status: 413 });
  });

  it("reads an absent body as empty", async () => {
    expect(await readCappedBody(new Request("https://gw.example/"), 5)).toEqual(new Uint8Array());
  });
});
