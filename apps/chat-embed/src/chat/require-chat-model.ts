import { claudeModelFor, findModel, type Model, requireModel } from "@wai/catalog";

/**
 * The model a chat request names (chat completions, Messages, Responses): a Workers AI id, short id or alias,
 * else a Claude name mapped by its family (`claude-sonnet-4-6` → the balanced tier, `MODEL_ALIASES` overriding),
 * the mapping named in the notes. Anything else is `requireModel`'s 404. Claude Code sends Claude names on
 * `/v1/messages`; gateways that fetch `/v1/models` (which lists the families) test them on chat completions.
 */
export function requireChatModel(
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
