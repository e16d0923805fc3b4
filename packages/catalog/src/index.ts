export { type Catalog, isModel, lookupIn, type ModelRef, servedModels } from "./catalog.ts";
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
  gatewayPricesOf,
  ratioForUsdPerMTokens,
  toUnitCost,
  type UnitCost,
} from "./gateway-prices.ts";
export { ID_INDEX } from "./id-index.ts";
export { isWorkersAiId } from "./is-workers-ai-id.ts";
export { type ListModelsFilter, listModels } from "./list-models.ts";
export { indexModels, lookupModel, type ModelIndex } from "./lookup-model.ts";
export type * from "./model.ts";
export type { ListModelsResponse, ModelObject } from "./model-object.ts";
export { type ModelSettings, type ModelVars, modelSettingsOf } from "./model-vars.ts";
export { MODELS } from "./models/index.ts";
export { parseAliases } from "./parse-aliases.ts";
export { parseFallbacks } from "./parse-fallbacks.ts";
export { type ModelProblem, type ModelRoute, type ResolvedModels, resolveModels } from "./resolve-models.ts";
export { TASK_ENDPOINT } from "./task-endpoint.ts";
export { type IdGroup, idGroupName, toIdIndex } from "./to-id-index.ts";
export { toModelList } from "./to-model-list.ts";
export { toModelObject } from "./to-model-object.ts";
export { type PassThroughTask, unlistedModel } from "./unlisted-model.ts";
export { CATALOG, gatewayPrices } from "./whole-catalog.ts";
