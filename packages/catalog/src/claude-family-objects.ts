import type { Catalog } from "./catalog.ts";
import { CLAUDE_FAMILY_NAMES, CLAUDE_TIER_MODELS } from "./claude-families.ts";
import type { ModelObject } from "./model-object.ts";

/**
 * The Claude family names as `/v1/models` entries (`claude-opus`, `claude-sonnet`, `claude-haiku`, ...), so model
 * pickers offer them: any `claude-<family>-…` name resolves by its prefix (`claudeModelFor`). `created` is the
 * default model's, read from `catalog` (chat-embed's slice carries every tier's model, so it need not ship the
 * whole catalog for three dates); the body is built once, so it never says which model `MODEL_ALIASES` puts
 * behind a family.
 */
export function claudeFamilyObjects(catalog: Catalog): ModelObject[] {
  const createdOf = (id: string) => catalog.models.find((model) => model.id === id)?.created ?? 0;
  const created = Math.min(...Object.values(CLAUDE_TIER_MODELS).map(createdOf));
  return CLAUDE_FAMILY_NAMES.map((id) => ({ id, object: "model", created, owned_by: "claude-family" }));
}
