import { MODELS } from "./models/index.ts";

/**
 * The OpenAI names that resolve by default, alias → model id. Each alias sits on exactly one model; the
 * `MODEL_ALIASES` variable can override any of them or add more (see `findModel`).
 */
export const DEFAULT_ALIASES: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(MODELS.flatMap((model) => model.aliases.map((alias) => [alias, model.id]))),
);
