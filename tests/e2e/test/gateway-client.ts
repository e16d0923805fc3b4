import OpenAI from "openai";
import { inject } from "vitest";

/** The running local gateway (see global-setup.ts). */
export const GATEWAY_URL = inject("gatewayUrl");

/** The official OpenAI SDK pointed at the gateway, as a user would configure it. */
export const openaiClient = (apiKey = "sk-local-dev") =>
  new OpenAI({ apiKey, baseURL: `${GATEWAY_URL}/v1`, maxRetries: 0 });
