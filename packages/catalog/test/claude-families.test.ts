import { describe, expect, it } from "vitest";
import { CATALOG, CLAUDE_TIER_MODELS, claudeFamilyObjects, claudeModelFor, findModel } from "../src/index.ts";
import { CHAT_EMBED_CATALOG } from "../src/slices/chat-embed.ts";

describe("Claude model names", () => {
  it.each([
    ["claude-opus-4-8", CLAUDE_TIER_MODELS.strong],
    ["claude-opus-5-20260301", CLAUDE_TIER_MODELS.strong],
    ["claude-mythos-5-1", CLAUDE_TIER_MODELS.strong],
    ["claude-sonnet-4-6", CLAUDE_TIER_MODELS.balanced],
    ["claude-sonnet-4-5-20250929", CLAUDE_TIER_MODELS.balanced],
    ["claude-3-5-sonnet-latest", CLAUDE_TIER_MODELS.balanced],
    ["claude-haiku-4-5-20251001", CLAUDE_TIER_MODELS.fast],
    ["claude-3-haiku-20240307", CLAUDE_TIER_MODELS.fast],
    ["Claude-Haiku-4-5", CLAUDE_TIER_MODELS.fast],
  ])("%s maps by its family to %s", (name, target) => {
    expect(claudeModelFor(name)?.target).toBe(target);
  });

  it("maps every tier to a live, tool-capable text model with room for Claude Code's prompt", () => {
    for (const id of Object.values(CLAUDE_TIER_MODELS)) {
      const model = findModel(id);
      expect(model?.retired).toBeUndefined();
      expect(model?.task).toBe("text-generation");
      expect(model?.capabilities.tools).toBe(true);
      expect(model?.limits.contextWindow).toBeGreaterThanOrEqual(100_000);
    }
  });

  it("serves an unknown family by the balanced tier and says so", () => {
    const mapped = claudeModelFor("claude-fable-5-2");
    expect(mapped).toMatchObject({ target: CLAUDE_TIER_MODELS.balanced, family: undefined });
    expect(mapped?.note).toContain("unknown Claude family fable");
  });

  it("lets MODEL_ALIASES override a family, case-insensitively", () => {
    const aliases = { "Claude-Sonnet": "@cf/moonshotai/kimi-k2.6" };
    expect(claudeModelFor("claude-sonnet-4-6", aliases)).toMatchObject({
      target: "@cf/moonshotai/kimi-k2.6",
      family: "claude-sonnet",
    });
    expect(claudeModelFor("claude-opus-4-8", aliases)?.target).toBe(CLAUDE_TIER_MODELS.strong);
  });

  it("leaves other names alone", () => {
    for (const name of ["gpt-4o", "@cf/openai/gpt-oss-120b", "claude", "claudette-1", "claude-4-5"])
      expect(claudeModelFor(name)).toBeUndefined();
  });

  it("describes each family as a model object for chat-embed's /v1/models", () => {
    const claude = claudeFamilyObjects(CHAT_EMBED_CATALOG);
    expect(claude.map((m) => m.id)).toEqual(["claude-opus", "claude-mythos", "claude-sonnet", "claude-haiku"]);
    for (const m of claude) expect(m.object).toBe("model");
  });

  it("dates the families by the tier models chat-embed's slice carries, as the whole catalog does", () => {
    const [fromSlice] = claudeFamilyObjects(CHAT_EMBED_CATALOG);
    const tierDates = Object.values(CLAUDE_TIER_MODELS).map((id) => findModel(id)?.created ?? 0);
    expect(fromSlice?.created).toBe(Math.min(...tierDates));
    expect(fromSlice?.created).toBeGreaterThan(0);
    expect(claudeFamilyObjects(CATALOG)).toEqual(claudeFamilyObjects(CHAT_EMBED_CATALOG));
  });
});
