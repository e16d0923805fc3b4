import { Agent, OpenAIResponsesModel, run, setTracingDisabled, tool } from "@openai/agents";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { GATEWAY_URL, openaiClient } from "./gateway-client.ts";

const client = openaiClient();
setTracingDisabled(true); // the SDK's traces go to api.openai.com; no test may reach the network

describe("the Responses API through the router, over real HTTP", () => {
  it("answers responses.create from the official SDK", async () => {
    const response = await client.responses.create({ model: "gpt-4o-mini", input: "Hello router" });
    expect(response.object).toBe("response");
    expect(response.output_text).toContain("Hello router");
    expect(response.usage?.total_tokens).toBeGreaterThan(0);
  });

  it("streams events through the router, ending in response.completed", async () => {
    const stream = client.responses.stream({ model: "gpt-4o-mini", input: "Stream through the router" });
    const final = await stream.finalResponse();
    expect(final.status).toBe("completed");
    expect(final.output_text).toContain("Stream through the router");
  });

  it("keeps a stored response for previous_response_id and GET /v1/responses/{id}", async () => {
    const first = await client.responses.create({ model: "gpt-4o-mini", input: "Remember 42" });
    const second = await client.responses.create({
      model: "gpt-4o-mini",
      input: "Which number?",
      previous_response_id: first.id,
    });
    expect(second.previous_response_id).toBe(first.id);
    const res = await fetch(`${GATEWAY_URL}/v1/responses/${first.id}`, {
      headers: { authorization: "Bearer sk-local-dev" },
    });
    expect(((await res.json()) as { id: string }).id).toBe(first.id);
  });

  it("runs an OpenAI Agents SDK agent with a tool to its final output", async () => {
    const calls: string[] = [];
    const getWeather = tool({
      name: "get_weather",
      description: "The current weather in a city",
      parameters: z.object({ city: z.string() }),
      execute: async ({ city }) => {
        calls.push(city);
        return `18 degrees in ${city}`;
      },
    });
    const agent = new Agent({
      name: "Weather agent",
      instructions: "Answer with the weather tool.",
      tools: [getWeather],
      model: new OpenAIResponsesModel(client, "@cf/zai-org/glm-4.7-flash"),
    });
    const result = await run(agent, "What is the weather in Paris?");
    expect(calls).toHaveLength(1);
    expect(result.finalOutput).toContain("Tool result received");
    expect(result.finalOutput).toContain("18 degrees");
  });

  it("runs the agent streamed as well", async () => {
    const agent = new Agent({
      name: "Echo agent",
      instructions: "Be brief.",
      model: new OpenAIResponsesModel(client, "gpt-4o-mini"),
    });
    const result = await run(agent, "Say streamed hello", { stream: true });
    let text = "";
    for await (const chunk of result.toTextStream()) text += chunk;
    await result.completed;
    expect(text).toContain("Say streamed hello");
    expect(result.finalOutput).toBe(text);
  });
});
