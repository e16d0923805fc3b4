import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createResponse } from "../src/handlers/create-response.ts";
import { inputsOf, KEY, post, spyOnAiRun } from "./helpers.ts";

const ai = spyOnAiRun();
/** A legacy model without tools or reasoning: plain text answers that echo the input. */
const LLAMA = "@cf/meta/llama-3.1-8b-instruct-fast";

const weather = {
  type: "function",
  name: "get_weather",
  description: "Current weather",
  parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
};

type Event = { type: string; sequence_number: number; [key: string]: any };

/** The events of a Responses stream: `event:` names checked against each payload's `type`. */
async function responseEvents(res: Response): Promise<Event[]> {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
  const blocks = (await res.text()).split("\n\n").filter(Boolean);
  return blocks.map((block) => {
    const [eventLine, dataLine] = block.split("\n");
    const event = JSON.parse((dataLine ?? "").slice(6)) as Event;
    expect(eventLine).toBe(`event: ${event.type}`);
    return event;
  });
}

describe("POST /v1/responses", () => {
  it("answers a string input with a response: one message with output_text, usage in Responses' names", async () => {
    const res = await post("/v1/responses", { model: LLAMA, input: "Hello Responses", metadata: { a: "b" } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body).toMatchObject({
      object: "response",
      status: "completed",
      model: "@cf/meta/llama-3.1-8b-instruct-fast",
      error: null,
      incomplete_details: null,
      metadata: { a: "b" },
      store: true,
      tools: [],
      tool_choice: "auto",
      text: { format: { type: "text" } },
    });
    expect(body.id).toMatch(/^resp_[A-Za-z0-9]{48}$/);
    expect(body.output).toHaveLength(1);
    expect(body.output[0]).toMatchObject({ type: "message", role: "assistant", status: "completed" });
    expect(body.output[0].id).toMatch(/^msg_/);
    expect(body.output[0].content[0]).toMatchObject({ type: "output_text", annotations: [] });
    expect(body.output[0].content[0].text).toContain("Hello Responses");
    const { input_tokens, output_tokens, total_tokens } = body.usage;
    expect(input_tokens).toBeGreaterThan(0);
    expect(output_tokens).toBeGreaterThan(0);
    expect(total_tokens).toBe(input_tokens + output_tokens);
    expect(body.usage.input_tokens_details).toEqual({ cached_tokens: 0 });
    expect(inputsOf(ai.run, 0).messages).toEqual([{ role: "user", content: "Hello Responses" }]);
  });

  it("maps instructions and input items (messages, function_call, function_call_output) to chat messages", async () => {
    const res = await post("/v1/responses", {
      model: "@cf/zai-org/glm-4.7-flash",
      instructions: "Be brief.",
      tools: [weather],
      input: [
        { role: "developer", content: "Use metric units." },
        { type: "message", role: "user", content: [{ type: "input_text", text: "Weather in Paris?" }] },
        { type: "function_call", call_id: "call_1", name: "get_weather", arguments: '{"city":"Paris"}' },
        { type: "function_call", call_id: "call_2", name: "get_weather", arguments: '{"city":"Lyon"}' },
        { type: "function_call_output", call_id: "call_1", output: "18 C" },
        { type: "function_call_output", call_id: "call_2", output: [{ type: "input_text", text: "20 C" }] },
        { type: "reasoning", id: "rs_1", summary: [], encrypted_content: null },
      ],
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body.output.at(-1).content[0].text).toContain("Tool result received");
    expect(res.headers.get("x-gateway-notes")).toContain("reasoning items in input are not sent");
    const sent = inputsOf(ai.run, 0);
    expect(sent.messages).toEqual([
      { role: "system", content: "Be brief." },
      { role: "developer", content: "Use metric units." },
      { role: "user", content: [{ type: "text", text: "Weather in Paris?" }] },
      {
        role: "assistant",
        content: null,
        tool_calls: [
          { id: "call_1", type: "function", function: { name: "get_weather", arguments: '{"city":"Paris"}' } },
          { id: "call_2", type: "function", function: { name: "get_weather", arguments: '{"city":"Lyon"}' } },
        ],
      },
      { role: "tool", tool_call_id: "call_1", content: "18 C" },
      { role: "tool", tool_call_id: "call_2", content: "20 C" },
    ]);
    expect(sent.tools[0]).toMatchObject({ type: "function", function: { name: "get_weather" } });
  });

  it("answers a function_call item with call_id and string arguments, tool_choice naming the function", async () => {
    const res = await post("/v1/responses", {
      model: "@cf/zai-org/glm-4.7-flash",
      input: "What is the weather in Paris?",
      tools: [weather],
      tool_choice: { type: "function", name: "get_weather" },
      parallel_tool_calls: false,
    });
    const body = (await res.json()) as any;
    const call = body.output.find((item: any) => item.type === "function_call");
    expect(call).toMatchObject({ type: "function_call", status: "completed", name: "get_weather" });
    expect(call.id).toMatch(/^fc_/);
    expect(typeof call.call_id).toBe("string");
    expect(typeof JSON.parse(call.arguments)).toBe("object");
    expect(body.parallel_tool_calls).toBe(false);
    expect(inputsOf(ai.run, 0)).toMatchObject({
      tool_choice: { type: "function", function: { name: "get_weather" } },
      parallel_tool_calls: false,
    });
  });

  it("refuses tool types other than function with a 400 naming tools[i].type", async () => {
    const res = await post("/v1/responses", {
      model: "@cf/zai-org/glm-4.7-flash",
      input: "hi",
      tools: [weather, { type: "web_search" }],
    });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as any;
    expect(error).toMatchObject({ param: "tools[1].type", code: "unsupported_parameter" });
    expect(error.message).toContain("web_search");
    expect(ai.run).not.toHaveBeenCalled();
  });

  it("sends the functions of a namespace tool as <namespace>__<name> and answers with name and namespace", async () => {
    const crm = { type: "namespace", name: "crm", description: "CRM tools", tools: [{ ...weather, name: "lookup" }] };
    const res = await post("/v1/responses", {
      model: "@cf/zai-org/glm-4.7-flash",
      input: [
        { role: "user", content: "Look it up" },
        { type: "function_call", call_id: "call_9", name: "lookup", namespace: "crm", arguments: "{}" },
        { type: "function_call_output", call_id: "call_9", output: "none" },
        { role: "user", content: "Again" },
      ],
      tools: [crm],
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-gateway-notes")).toContain("namespace tools");
    const sent = inputsOf(ai.run, 0);
    expect(sent.tools.map((t: any) => t.function.name)).toEqual(["crm__lookup"]);
    expect(sent.messages[1].tool_calls[0].function.name).toBe("crm__lookup");
    const call = ((await res.json()) as any).output.find((item: any) => item.type === "function_call");
    expect(call).toMatchObject({ name: "lookup", namespace: "crm" });
    const nested = await post("/v1/responses", {
      model: "@cf/zai-org/glm-4.7-flash",
      input: "x",
      tools: [{ ...crm, tools: [{ type: "custom", name: "apply_patch" }] }],
    });
    expect(((await nested.json()) as any).error.param).toBe("tools[0].tools[0].type");
  });

  it("refuses input items it cannot map, naming them", async () => {
    const unknown = await post("/v1/responses", { model: LLAMA, input: [{ type: "item_reference", id: "x" }] });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as any).error.param).toBe("input.0.type");
    const file = await post("/v1/responses", {
      model: LLAMA,
      input: [{ role: "user", content: [{ type: "input_image", file_id: "file-1" }] }],
    });
    expect(file.status).toBe(400);
    expect(((await file.json()) as any).error.param).toBe("input[0].content[0].image_url");
    const empty = await post("/v1/responses", { model: LLAMA, instructions: "x" });
    expect(((await empty.json()) as any).error.param).toBe("input");
  });

  it("names the Responses field when the model cannot honour it (tools, reasoning, images)", async () => {
    const tools = await post("/v1/responses", { model: LLAMA, input: "hi", tools: [weather] });
    expect(((await tools.json()) as any).error.param).toBe("tools");
    const reasoning = await post("/v1/responses", { model: LLAMA, input: "hi", reasoning: { effort: "low" } });
    expect(((await reasoning.json()) as any).error.param).toBe("reasoning.effort");
    const image = await post("/v1/responses", {
      model: LLAMA,
      input: [
        {
          role: "user",
          content: [
            { type: "input_text", text: "see" },
            { type: "input_image", image_url: "data:image/png;base64,iVBORw0KGgo=" },
          ],
        },
      ],
    });
    expect(((await image.json()) as any).error.param).toBe("input[0].content[1]");
  });

  it("maps text.format json_schema to response_format and answers JSON", async () => {
    const schema = { type: "object", properties: { name: { type: "string" } }, required: ["name"] };
    const res = await post("/v1/responses", {
      model: "@cf/zai-org/glm-4.7-flash",
      input: "A name",
      text: { format: { type: "json_schema", name: "person", schema, strict: true } },
    });
    const body = (await res.json()) as any;
    expect(inputsOf(ai.run, 0).response_format).toEqual({
      type: "json_schema",
      json_schema: { name: "person", schema, strict: true },
    });
    const message = body.output.find((item: any) => item.type === "message");
    expect(JSON.parse(message.content[0].text)).toHaveProperty("name");
    expect(body.text.format.type).toBe("json_schema");
  });

  it("gives a reasoning model's thinking as a reasoning item, with a summary when asked", async () => {
    const res = await post("/v1/responses", {
      model: "o4-mini",
      input: "Think first",
      reasoning: { effort: "low", summary: "auto" },
    });
    const body = (await res.json()) as any;
    expect(inputsOf(ai.run, 0).reasoning_effort).toBe("low");
    expect(body.output[0]).toMatchObject({ type: "reasoning", summary: [{ type: "summary_text" }] });
    expect(body.output[0].content[0].type).toBe("reasoning_text");
    expect(body.output[0].summary[0].text).toBe(body.output[0].content[0].text);
    expect(body.output[1].type).toBe("message");
    expect(body.reasoning).toEqual({ effort: "low", summary: "auto" });
  });

  it("sends max_output_tokens, temperature and top_p; a cut answer is incomplete", async () => {
    const res = await post("/v1/responses", {
      model: LLAMA,
      input: "Tell me a long story",
      max_output_tokens: 3,
      temperature: 0.2,
      top_p: 0.9,
    });
    const body = (await res.json()) as any;
    expect(inputsOf(ai.run, 0)).toMatchObject({ max_tokens: 3, temperature: 0.2, top_p: 0.9 });
    expect(body).toMatchObject({ status: "incomplete", incomplete_details: { reason: "max_output_tokens" } });
    expect(body.max_output_tokens).toBe(3);
  });

  it("accepts what Codex CLI sends that no model can use, and names it in x-gateway-notes", async () => {
    const res = await post("/v1/responses", {
      model: "@cf/zai-org/glm-4.7-flash",
      input: [{ type: "message", role: "user", content: [{ type: "input_text", text: "hi" }] }],
      tools: [weather],
      tool_choice: "auto",
      parallel_tool_calls: false,
      store: false,
      stream: false,
      include: ["reasoning.encrypted_content"],
      prompt_cache_key: "0198-abc",
      client_metadata: { session: "1" },
    });
    expect(res.status).toBe(200);
    const notes = res.headers.get("x-gateway-notes") ?? "";
    for (const named of ["reasoning.encrypted_content", "prompt_cache_key", "client_metadata", "store false"])
      expect(notes).toContain(named);
    expect(((await res.json()) as any).store).toBe(false);
  });

  it("refuses background, conversation and prompt templates by name", async () => {
    for (const field of ["background", "conversation", "prompt"]) {
      const res = await post("/v1/responses", {
        model: LLAMA,
        input: "x",
        [field]: field === "background" ? true : { id: "x" },
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as any).error.param).toBe(field);
    }
  });
});

describe("POST /v1/responses, streamed", () => {
  it("writes the full event sequence with increasing sequence numbers, text deltas joining to the done text", async () => {
    const res = await post("/v1/responses", { model: LLAMA, input: "Stream Responses", stream: true });
    const events = await responseEvents(res);
    expect(events.map((e) => e.sequence_number)).toEqual(events.map((_, i) => i));
    const types = events.map((e) => e.type).filter((t) => t !== "response.output_text.delta");
    expect(types).toEqual([
      "response.created",
      "response.in_progress",
      "response.output_item.added",
      "response.content_part.added",
      "response.output_text.done",
      "response.content_part.done",
      "response.output_item.done",
      "response.completed",
    ]);
    expect(events[0]?.response).toMatchObject({ object: "response", status: "in_progress", output: [] });
    const deltas = events.filter((e) => e.type === "response.output_text.delta");
    expect(deltas.length).toBeGreaterThan(1);
    const text = deltas.map((e) => e.delta).join("");
    expect(text).toContain("Stream Responses");
    const itemId = events[2]?.item.id;
    for (const d of deltas) expect(d).toMatchObject({ item_id: itemId, output_index: 0, content_index: 0 });
    expect(events.find((e) => e.type === "response.output_text.done")?.text).toBe(text);
    const completed = events.at(-1)?.response;
    expect(completed).toMatchObject({ status: "completed", output: [{ id: itemId, content: [{ text }] }] });
    expect(completed.usage.total_tokens).toBe(completed.usage.input_tokens + completed.usage.output_tokens);
  });

  it("streams a function call: output_item.added, arguments deltas and done, output_item.done", async () => {
    const res = await post("/v1/responses", {
      model: "@cf/zai-org/glm-4.7-flash",
      input: "Weather in Paris?",
      tools: [weather],
      stream: true,
    });
    const events = await responseEvents(res);
    const added = events.find((e) => e.type === "response.output_item.added" && e.item.type === "function_call");
    expect(added?.item).toMatchObject({ status: "in_progress", name: "get_weather", arguments: "" });
    const args = events
      .filter((e) => e.type === "response.function_call_arguments.delta")
      .map((e) => e.delta)
      .join("");
    const done = events.find((e) => e.type === "response.function_call_arguments.done");
    expect(done).toMatchObject({ item_id: added?.item.id, name: "get_weather", arguments: args });
    expect(JSON.parse(args)).toHaveProperty("city");
    const itemDone = events.find((e) => e.type === "response.output_item.done" && e.item.type === "function_call");
    expect(itemDone?.item).toMatchObject({ status: "completed", call_id: added?.item.call_id, arguments: args });
    expect(events.at(-1)?.type).toBe("response.completed");
  });

  it("streams a reasoning summary before the message", async () => {
    const res = await post("/v1/responses", {
      model: "o4-mini",
      input: "Think",
      reasoning: { summary: "auto" },
      stream: true,
    });
    const types = (await responseEvents(res)).map((e) => e.type);
    expect(types).toContain("response.reasoning_summary_part.added");
    expect(types).toContain("response.reasoning_summary_text.delta");
    expect(types.indexOf("response.reasoning_summary_part.done")).toBeLessThan(
      types.indexOf("response.content_part.added"),
    );
  });

  it("ends a stream broken midway with response.failed and an error event", async () => {
    const res = await post("/v1/responses", { model: LLAMA, input: "#fault:broken-stream hi", stream: true });
    const events = await responseEvents(res);
    expect(events.at(-2)).toMatchObject({
      type: "response.failed",
      response: { status: "failed", error: { code: "server_error" } },
    });
    expect(events.at(-1)).toMatchObject({ type: "error", code: "stream_interrupted", param: null });
    expect(events.map((e) => e.type)).not.toContain("response.completed");
  });
});

describe("stored responses (the RESPONSES KV binding)", () => {
  it("stores a response, continues it with previous_response_id, retrieves and deletes it", async () => {
    const first = (await (await post("/v1/responses", { model: LLAMA, input: "My name is Ada" })).json()) as any;
    const second = await post("/v1/responses", {
      model: LLAMA,
      input: "What is my name?",
      previous_response_id: first.id,
      instructions: "Answer briefly.",
    });
    expect(second.status).toBe(200);
    expect(((await second.json()) as any).previous_response_id).toBe(first.id);
    expect(inputsOf(ai.run, 1).messages).toEqual([
      { role: "system", content: "Answer briefly." },
      { role: "user", content: "My name is Ada" },
      { role: "assistant", content: first.output[0].content[0].text },
      { role: "user", content: "What is my name?" },
    ]);
    const got = await env.RESPONSES?.get(first.id, "json");
    expect(got).toBeTruthy();
    const fetched = await fetchWorker(`/v1/responses/${first.id}`, "GET");
    expect(((await fetched.json()) as any).id).toBe(first.id);
    const deleted = await fetchWorker(`/v1/responses/${first.id}`, "DELETE");
    expect(await deleted.json()).toEqual({ id: first.id, object: "response", deleted: true });
    expect((await fetchWorker(`/v1/responses/${first.id}`, "GET")).status).toBe(404);
  });

  it("stores a streamed response before response.completed", async () => {
    const events = await responseEvents(await post("/v1/responses", { model: LLAMA, input: "s", stream: true }));
    const id = events.at(-1)?.response.id;
    expect(await env.RESPONSES?.get(id, "json")).toMatchObject({ response: { id, status: "completed" } });
  });

  it("does not store with store: false; an unknown previous_response_id is a 404", async () => {
    const body = (await (await post("/v1/responses", { model: LLAMA, input: "x", store: false })).json()) as any;
    expect(await env.RESPONSES?.get(body.id)).toBeNull();
    const res = await post("/v1/responses", { model: LLAMA, input: "x", previous_response_id: "resp_nope" });
    expect(res.status).toBe(404);
    expect(((await res.json()) as any).error).toMatchObject({
      param: "previous_response_id",
      code: "response_not_found",
    });
  });

  it("without the binding: stateless, and a 400 saying how to enable store and previous_response_id", async () => {
    const stateless = { ...env, RESPONSES: undefined };
    const call = (body: unknown) =>
      createResponse(
        Object.assign(
          new Request("http://w/v1/responses", { method: "POST", headers: KEY, body: JSON.stringify(body) }),
          { params: {}, auth: { mode: "keys", token: "sk-local-dev" }, requestId: "test" },
        ) as any,
        stateless,
      ).catch((error) => error);
    const ok = await call({ model: LLAMA, input: "x" });
    if (!(ok instanceof Response)) throw ok;
    expect(((await ok.json()) as any).store).toBe(false);
    expect(ok.headers.get("x-gateway-notes")).toContain("no RESPONSES KV binding");
    for (const [field, value] of [
      ["store", true],
      ["previous_response_id", "resp_x"],
    ] as const) {
      const error = await call({ model: LLAMA, input: "x", [field]: value });
      expect(error).toMatchObject({ status: 400, param: field, code: "storage_not_configured" });
      expect(error.message).toContain("RESPONSES");
    }
  });
});

async function fetchWorker(path: string, method: string): Promise<Response> {
  const { exports } = await import("cloudflare:workers");
  return exports.default.fetch(`http://w${path}`, { method, headers: KEY });
}
