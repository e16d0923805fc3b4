import { aliasOverride } from "./alias-override.ts";

/** The three tiers a Claude model name is served by. */
export type ClaudeTier = "strong" | "balanced" | "fast";

/**
 * The Workers AI model behind each tier: live, tool-capable chat-completions models with room for Claude
 * Code's long system prompt and ~20 tool schemas (about 25k tokens). gpt-oss-120b: the largest open model on
 * the Free plan (128k context); gemma-4-26b-a4b-it: tools, vision and 256k context; glm-4.7-flash: a small fast
 * model (131k context) for the quick side requests (titles, command checks) Claude Code sends to haiku.
 */
export const CLAUDE_TIER_MODELS: Readonly<Record<ClaudeTier, string>> = Object.freeze({
  strong: "@cf/openai/gpt-oss-120b",
  balanced: "@cf/google/gemma-4-26b-a4b-it",
  fast: "@cf/zai-org/glm-4.7-flash",
});

/** Claude families by name (`claude-<family>-…`, or the older `claude-3-5-<family>-…`) and their tier. */
export const CLAUDE_FAMILIES: Readonly<Record<string, ClaudeTier>> = Object.freeze({
  opus: "strong",
  mythos: "strong",
  sonnet: "balanced",
  haiku: "fast",
});

/** The names `/v1/models` lists and `MODEL_ALIASES` may override, one per family: `claude-opus`, ... */
export const CLAUDE_FAMILY_NAMES: readonly string[] = Object.keys(CLAUDE_FAMILIES).map((f) => `claude-${f}`);

export interface ClaudeModelTarget {
  /** The Workers AI id (or whatever `MODEL_ALIASES` names) that serves the Claude name. */
  target: string;
  /** The family key that matched (`claude-sonnet`), or `undefined` for a family this table does not know. */
  family: string | undefined;
  /** Says how the name was mapped, for `x-gateway-notes`. */
  note: string;
}

const CLAUDE_NAME = /^claude-(?:\d+(?:[-.]\d+)*-)?([a-z]+)/;

/**
 * Maps a Claude model name by its family prefix (`claude-sonnet-4-6`, `claude-opus-5-20260101`,
 * `claude-3-5-haiku-latest` → the tier's model), so names Anthropic releases later keep working. A
 * `MODEL_ALIASES` entry for the family (`"claude-sonnet": "@cf/..."`) overrides the tier's model; one for the
 * full name is `findModel`'s business and wins before this is asked. A family this table does not know
 * (`claude-fable-5`) is served by the balanced tier, and the note says so. `undefined` for other names.
 */
export function claudeModelFor(
  name: string,
  aliases?: Readonly<Record<string, string>>,
): ClaudeModelTarget | undefined {
  const match = CLAUDE_NAME.exec(name.toLowerCase());
  if (!match) return undefined;
  const family = match[1] as string;
  const tier = CLAUDE_FAMILIES[family];
  const key = tier ? `claude-${family}` : undefined;
  const override = key ? aliasOverride(key, aliases) : undefined;
  const target = override ?? CLAUDE_TIER_MODELS[tier ?? "balanced"];
  const why = override
    ? `MODEL_ALIASES ${key}`
    : tier
      ? `Claude family ${family}, ${tier} tier`
      : `unknown Claude family ${family}, balanced tier; set MODEL_ALIASES to choose`;
  return { target, family: key, note: `model ${name} served by ${target} (${why})` };
}
