import { send } from "./api.ts";
import { readSse } from "./read-sse.ts";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const WEATHER_TOOL = {
  type: "function",
  function: {
    name: "get_weather",
    description: "The current weather in a city",
    parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
  },
};

interface ToolCallDelta {
  index?: number;
  id?: string;
  function?: { name?: string; arguments?: string };
}

/** Chat: a streamed answer shown as it arrives, a stop button, an image for vision models, tool calls shown. */
export function setUpChat(): void {
  const form = $<HTMLFormElement>("chat-form");
  const stop = $<HTMLButtonElement>("chat-stop");
  let controller: AbortController | undefined;
  stop.addEventListener("click", () => controller?.abort());
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const image = data.get("image") as File | null;
    const text = String(data.get("prompt"));
    const content = image?.size
      ? [
          { type: "text", text },
          { type: "image_url", image_url: { url: await toDataUrl(image) } },
        ]
      : text;
    const system = String(data.get("system") ?? "").trim();
    const messages = [...(system ? [{ role: "system", content: system }] : []), { role: "user", content }];
    const json: Record<string, unknown> = { model: data.get("model"), messages, stream: true };
    if (data.get("tools")) json.tools = [WEATHER_TOOL];
    controller = new AbortController();
    stop.disabled = false;
    $("chat-answer").textContent = "";
    $("chat-tool-calls").replaceChildren();
    try {
      const res = await send({ method: "POST", path: "/v1/chat/completions", json }, controller.signal);
      if (res?.body) await showStream(res.body);
    } catch (error) {
      if ((error as Error).name !== "AbortError") throw error;
    } finally {
      stop.disabled = true;
      controller = undefined;
    }
  });
}

async function showStream(body: ReadableStream<Uint8Array>): Promise<void> {
  const answer = $("chat-answer");
  const calls: { id?: string; name: string; arguments: string }[] = [];
  for await (const data of readSse(body)) {
    const chunk = JSON.parse(data) as { choices?: { delta?: { content?: string; tool_calls?: ToolCallDelta[] } }[] };
    const delta = chunk.choices?.[0]?.delta;
    if (delta?.content) answer.append(delta.content);
    for (const call of delta?.tool_calls ?? []) {
      const at = call.index ?? calls.length;
      const entry = calls[at] ?? { name: "", arguments: "" };
      calls[at] = entry;
      if (call.id) entry.id = call.id;
      entry.name += call.function?.name ?? "";
      entry.arguments += call.function?.arguments ?? "";
    }
  }
  $("chat-tool-calls").replaceChildren(
    ...calls.map((call) => {
      const pre = document.createElement("pre");
      pre.className = "tool-call";
      pre.textContent = `tool call ${call.id ?? ""}: ${call.name}(${call.arguments})`;
      return pre;
    }),
  );
}

export const toDataUrl = (file: Blob): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
