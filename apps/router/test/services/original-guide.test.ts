import { exports } from "cloudflare:workers";
import { findModel } from "@wai/catalog";
import { wavOfSeconds } from "@wai/emulator/wav";
import { ALL_GUIDE_MODELS as ALL, GUIDE_MODELS } from "@wai/test-support/original-guide-models";
import { describe, expect, it } from "vitest";

// Every model id the original guide lists, by the route that serves it (one list for every suite).
const {
  chat: CHAT,
  embeddings: EMBEDDINGS,
  images: IMAGES,
  imageEdits: IMAGE_EDITS,
  speechToText: SPEECH,
} = GUIDE_MODELS;

const KEY = { authorization: "Bearer sk-local-dev" };
const post = (path: string, body: unknown) =>
  exports.default.fetch(`http://gw${path}`, {
    method: "POST",
    headers: { ...KEY, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
// a 1×1 PNG
const PNG =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

/** The note a retired id's answer carries, and the id that serves it. */
function expectServed(res: Response, id: string): string {
  const model = findModel(id);
  if (!model) throw new Error(`${id} is not in the catalog`);
  const served = model.retired ? (findModel(model.retired.replacement)?.id as string) : id;
  const notes = res.headers.get("x-gateway-notes") ?? "";
  if (model.retired) expect(notes).toContain(`model: \`${id}\` was retired by Cloudflare`);
  if (model.retired) expect(notes).toContain(`served by its successor \`${served}\``);
  return served;
}

describe("every model id of the original guide answers its route through the router", () => {
  it("lists them all in the catalog, marked as the guide's", () => {
    for (const id of ALL) expect(findModel(id)?.fromOriginalGuide, id).toBe(true);
  });

  it.each(CHAT)("chat: %s", async (id) => {
    const res = await post("/v1/chat/completions", { model: id, messages: [{ role: "user", content: "Hello" }] });
    expect(res.status, await res.clone().text()).toBe(200);
    const served = expectServed(res, id);
    expect(((await res.json()) as { model: string }).model).toBe(served);
  });

  it.each(EMBEDDINGS)("embeddings: %s", async (id) => {
    const res = await post("/v1/embeddings", { model: id, input: "Hello" });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { model: string }).model).toBe(expectServed(res, id));
  });

  it.each(IMAGES)("images, and images asked for over chat: %s", async (id) => {
    const res = await post("/v1/images/generations", { model: id, prompt: "a red fox", response_format: "b64_json" });
    expect(res.status).toBe(200);
    expectServed(res, id);
    const chat = await post("/v1/chat/completions", { model: id, messages: [{ role: "user", content: "a red fox" }] });
    expect(chat.status).toBe(200);
    expect(((await chat.json()) as { model: string }).model).toBe(expectServed(chat, id));
  });

  it.each(IMAGE_EDITS)("image edits: %s", async (id) => {
    const mask = id.endsWith("inpainting") ? { mask: PNG } : {};
    const res = await post("/v1/images/edits", {
      model: id,
      image: PNG,
      ...mask,
      prompt: "x",
      response_format: "b64_json",
    });
    expect(res.status, await res.clone().text()).toBe(200);
    expectServed(res, id);
  });

  it.each(SPEECH)("speech to text: %s", async (id) => {
    const form = new FormData();
    form.append("model", id);
    form.append("file", new File([wavOfSeconds(1)], "speech.wav", { type: "audio/wav" }));
    const res = await exports.default.fetch("http://gw/v1/audio/transcriptions", {
      method: "POST",
      headers: KEY,
      body: form,
    });
    expect(res.status, await res.clone().text()).toBe(200);
    expectServed(res, id);
    expect(((await res.json()) as { text: string }).text.length).toBeGreaterThan(0);
  });

  it("translation: m2m100 serves the DeepLX route", async () => {
    const res = await post("/translate", { text: "Hello", source_lang: "EN", target_lang: "DE" });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ code: 200, data: expect.stringContaining("Hello") });
  });

  it.each(ALL)("GET /v1/models/%s describes it, retired ones with their successor", async (id) => {
    const res = await exports.default.fetch(`http://gw/v1/models/${id}`, { headers: KEY });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { id: string; retired?: boolean; successor?: string };
    expect(body.id).toBe(id);
    if (findModel(id)?.retired) expect(body).toMatchObject({ retired: true, successor: expect.any(String) });
  });
});

describe("models the catalog does not know", () => {
  it("an unlisted @cf/ id reaches Workers AI (the emulator) through chat-embed", async () => {
    const res = await post("/v1/chat/completions", {
      model: "@cf/zai-org/glm-5.2",
      messages: [{ role: "user", content: "Hello" }],
    });
    expect(res.status).toBe(200);
    const json = (await res.json()) as { model: string; choices: { message: { content: string } }[] };
    expect(json.model).toBe("@cf/zai-org/glm-5.2");
    expect(json.choices[0]?.message.content).toContain("emulated");
    expect(res.headers.get("x-gateway-notes")).toContain("not in this gateway's catalog");
  });

  it("an id Workers AI does not know either is a 404 model_not_found; so is a name outside its namespaces", async () => {
    for (const model of ["@cf/nobody/no-such-model", "llama-99"]) {
      const res = await post("/v1/chat/completions", { model, messages: [{ role: "user", content: "Hello" }] });
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ error: { code: "model_not_found", param: "model" } });
    }
  });
});
