export {
  CLAUDE_FAMILIES,
  CLAUDE_FAMILY_NAMES,
  CLAUDE_TIER_MODELS,
  type ClaudeModelTarget,
  type ClaudeTier,
  claudeModelFor,
} from "./claude-families.ts";
export { claudeFamilyObjects } from "./claude-family-objects.ts";
export { DEFAULT_ALIASES } from "./default-aliases.ts";
export { findModel } from "./find-model.ts";
export {
  GATEWAY_FORMATS,
  type GatewayFormat,
  type GatewayPrices,
  type GatewayPricesOptions,
  gatewayPrices,
  ratioForUsdPerMTokens,
  toUnitCost,
  type UnitCost,
} from "./gateway-prices.ts";
export { aliasesFromEnv } from "./handlers/aliases-from-env.ts";
export { gatewayPricesHandler } from "./handlers/gateway-prices-handler.ts";
export { getModelHandler } from "./handlers/get-model-handler.ts";
export { listModelsHandler } from "./handlers/list-models-handler.ts";
export { isImageModel } from "./is-image-model.ts";
export { type ListModelsFilter, listModels } from "./list-models.ts";
export type * from "./model.ts";
export { modelNotFound, modelRetired, modelWrongTask, modelWrongWorker } from "./model-errors.ts";
export type { ListModelsResponse, ModelObject } from "./model-object.ts";
export { MODELS } from "./models/index.ts";
export { type RequireModelOptions, requireModel } from "./require-model.ts";
export { TASK_ENDPOINT } from "./task-endpoint.ts";
export { toModelList } from "./to-model-list.ts";
export { toModelObject } from "./to-model-object.ts";
