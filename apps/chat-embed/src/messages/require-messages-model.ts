import { claudeModelFor, findModel, type Model, requireModel } from "@wai/catalog";

/**
 * The model a Messages request names: a Workers AI id, short id or alias as on every route, else a Claude name
 * mapped by its family (`claude-sonnet-4-6` → the balanced tier, `MODEL_ALIASES` overriding), the mapping named
 * in the notes. Anything else is a 404 `not_found_error`.
 */
export function requireMessagesModel(
  name: string,
  aliases: Readonly<Record<string, string>>,
): { model: Model; notes: string[] } {
  const claude = findModel(name, aliases) ? undefined : claudeModelFor(name, aliases);
  const model = requireModel(claude?.target ?? name, {
    aliases,
    worker: "chat-embed",
    task: ["text-generation", "image-to-text"],
  });
  return { model, notes: claude ? [claude.note] : [] };
}
