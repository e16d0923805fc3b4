import { badRequest } from "@wai/core";
import type { EngineKind, TranslateConfig } from "../translate-config.ts";

export interface EngineRequest {
  /** `?engine=llm|m2m100` on any route (DeepLX and Immersive Translate URLs). */
  engine?: string | null;
  /** DeepL's `model_type`. */
  modelType?: string | null;
  /** Set when the request needs the LLM (a glossary): the field that needs it. */
  needsLlm?: string;
}

export interface EngineChoice {
  engine: EngineKind;
  /** What the request asked for explicitly, if anything. */
  asked: EngineKind | undefined;
}

/** DeepL's `model_type` values (DeepLcom/openapi) and the engine each selects. */
const MODEL_TYPES: Readonly<Record<string, EngineKind>> = {
  latency_optimized: "m2m100",
  quality_optimized: "llm",
  prefer_quality_optimized: "llm",
};

/**
 * The engine of one request: `?engine=` first, then DeepL's `model_type`, then the deployment's default. A
 * request that needs the LLM (a glossary) gets it unless it asked for m2m100 explicitly, which is a 400.
 */
export function chooseEngine(config: TranslateConfig, request: EngineRequest): EngineChoice {
  let asked: EngineKind | undefined;
  if (request.engine) {
    if (request.engine !== "llm" && request.engine !== "m2m100")
      throw badRequest(`engine must be llm or m2m100, not "${request.engine}".`, "engine");
    asked = request.engine;
  } else if (request.modelType) {
    asked = MODEL_TYPES[request.modelType];
    if (!asked)
      throw badRequest(
        `model_type must be one of ${Object.keys(MODEL_TYPES).join(", ")}, not "${request.modelType}".`,
        "model_type",
      );
  }
  if (request.needsLlm && asked === "m2m100") {
    throw badRequest(
      `${request.needsLlm} needs the LLM engine (m2m100 cannot apply it); drop it or ask for the LLM engine.`,
      request.needsLlm,
    );
  }
  return { engine: asked ?? (request.needsLlm ? "llm" : config.defaultEngine), asked };
}
