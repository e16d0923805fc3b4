import { type Model, servedModels } from "@wai/catalog";
import { WHISPER_CATALOG } from "@wai/catalog/slices/whisper";
import { ApiError } from "@wai/core";

/**
 * 413 for a file over the model's own cap (`limits.maxAudioBytes`: whisper and whisper-tiny-en take `number[]`,
 * which costs the worker ~12× the file in memory), naming the speech models that take it, with their aliases.
 */
export function fileTooLargeForModel(name: string, model: Model, size: number): ApiError {
  const max = model.limits.maxAudioBytes ?? 0;
  const larger = servedModels(WHISPER_CATALOG)
    .filter((m) => m.task === "automatic-speech-recognition")
    .filter((m) => (m.limits.maxAudioBytes ?? Number.POSITIVE_INFINITY) >= size)
    .map((m) => `\`${m.id}\`${m.aliases.length ? ` (\`${m.aliases.join("`, `")}\`)` : ""}`);
  const shown = name === model.id ? `\`${name}\`` : `\`${name}\` (\`${model.id}\`)`;
  return new ApiError({
    status: 413,
    param: "file",
    code: "file_too_large",
    message:
      `The model ${shown} takes files up to ${max} bytes (${mib(max)} MB) here; this one is ${size} bytes. ` +
      `${larger.length ? `Use ${larger.join(" or ")}, which take larger files, or split` : "Split"} the audio.`,
  });
}

const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
