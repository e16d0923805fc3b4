import { lookupIn, servedModels } from "@wai/catalog";
import { WHISPER_CATALOG } from "@wai/catalog/slices/whisper";
import { badRequest } from "@wai/core";

/** 400 for a model with no translate task, naming the ones that have it. */
export function cannotTranslate(name: string, aliases: Readonly<Record<string, string>>) {
  const able = servedModels(WHISPER_CATALOG)
    .filter((m) => m.capabilities.translate)
    .map((m) => `\`${m.id}\``);
  const id = lookupIn(WHISPER_CATALOG, name, aliases)?.id ?? name;
  return badRequest(
    `The model \`${name}\`${id === name ? "" : ` (\`${id}\`)`} cannot translate speech to English. Use ${able.join(" or ")}.`,
    "model",
    "model_not_supported",
  );
}
