import { exports } from "cloudflare:workers";
import { findModel } from "@wai/catalog";
import { wavOfSeconds } from "@wai/emulator/wav";
import { describe, expect, it } from "vitest";

// Every model id the original guide lists (../shared/reference/original-guide.md), by the route that serves it.
const CHAT = [
  "@cf/deepseek-ai/deepseek-math-7b-instruct",
  "@cf/defog/sqlcoder-7b-2",
  "@cf/fblgit/una-cybertron-7b-v2-awq",
  "@cf/fblgit/una-cybertron-7b-v2-bf16",
  "@cf/google/gemma-2b-it-lora",
  "@cf/google/gemma-7b-it-lora",
  "@cf/meta-llama/llama-2-7b-chat-hf-lora",
  "@cf/meta/llama-2-7b-chat-fp16",
  "@cf/meta/llama-2-7b-chat-int8",
  "@cf/meta/llama-3-8b-instruct",
  "@cf/meta/llama-3-8b-instruct-awq",
  "@cf/microsoft/phi-2",
  "@cf/mistral/mistral-7b-instruct-v0.1",
  "@cf/mistral/mistral-7b-instruct-v0.1-vllm",
  "@cf/mistral/mistral-7b-instruct-v0.2-lora",
  "@cf/openchat/openchat-3.5-0106",
  "@cf/qwen/qwen1.5-0.5b-chat",
  "@cf/qwen/qwen1.5-1.8b-chat",
  "@cf/qwen/qwen1.5-14b-chat-awq",
  "@cf/qwen/qwen1.5-7b-chat-awq",
  "@cf/thebloke/discolm-german-7b-v1-awq",
  "@cf/tiiuae/falcon-7b-instruct",
  "@cf/tinyllama/tinyllama-1.1b-chat-v1.0",
  "@hf/google/gemma-7b-it",
  "@hf/mistral/mistral-7b-instruct-v0.2",
  "@hf/nexusflow/starling-lm-7b-beta",
  "@hf/nousresearch/hermes-2-pro-mistral-7b",
  "@hf/thebloke/codellama-7b-instruct-awq",
  "@hf/thebloke/deepseek-coder-6.7b-base-awq",
  "@hf/thebloke/deepseek-coder-6.7b-instruct-awq",
  "@hf/thebloke/llama-2-13b-chat-awq",
  "@hf/thebloke/llamaguard-7b-awq",
  "@hf/thebloke/mistral-7b-instruct-v0.1-awq",
  "@hf/thebloke/neural-chat-7b-v3-1-awq",
  "@hf/thebloke/openhermes-2.5-mistral-7b-awq",
  "@hf/thebloke/zephyr-7b-beta-awq",
];
const EMBEDDINGS = ["@cf/baai/bge-base-en-v1.5", "@cf/baai/bge-large-en-v1.5", "@cf/baai/bge-small-en-v1.5"];
const IMAGES = [
  "@cf/bytedance/stable-diffusion-xl-lightning",
  "@cf/lykon/dreamshaper-8-lcm",
  "@cf/stabilityai/stable-diffusion-xl-base-1.0",
];
const IMAGE_EDITS = ["@cf/runwayml/stable-diffusion-v1-5-img2img", "@cf/runwayml/stable-diffusion-v1-5-inpainting"];
const SPEECH = ["@cf/openai/whisper", "@cf/openai/whisper-sherpa", "@cf/openai/whisper-tiny-en"];
const TRANSLATION = ["@cf/meta/m2m100-1.2b"];
const ALL = [...CHAT, ...EMBEDDINGS, ...IMAGES, ...IMAGE_EDITS, ...SPEECH, ...TRANSLATION];

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
