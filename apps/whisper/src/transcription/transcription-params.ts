import { ApiError, badRequest, parseInput } from "@wai/core";
import * as v from "valibot";
import { toLanguageCode } from "./languages.ts";

export const RESPONSE_FORMATS = ["json", "text", "srt", "verbose_json", "vtt"] as const;
export type ResponseFormat = (typeof RESPONSE_FORMATS)[number];

const text = () => v.pipe(v.string(), v.trim());
const FORMAT_MESSAGE = `must be one of ${RESPONSE_FORMATS.map((f) => `'${f}'`).join(", ")}`;

/** The text fields of `CreateTranscriptionRequest` / `CreateTranslationRequest`, as multipart strings. */
export const TranscriptionFields = v.object({
  model: v.pipe(v.string(), v.trim(), v.nonEmpty("Missing required parameter: 'model'.")),
  language: v.optional(
    v.pipe(
      text(),
      v.check(
        (value) => toLanguageCode(value) !== undefined,
        "is not a language Whisper knows; use an ISO-639-1 code such as 'en'",
      ),
      v.transform((value) => toLanguageCode(value) ?? value),
    ),
  ),
  prompt: v.optional(v.string()),
  response_format: v.optional(v.picklist(RESPONSE_FORMATS, FORMAT_MESSAGE), "json"),
  temperature: v.optional(
    v.pipe(
      text(),
      v.decimal("must be a number between 0 and 1"),
      v.transform(Number),
      v.minValue(0, "must be between 0 and 1"),
      v.maxValue(1, "must be between 0 and 1"),
    ),
  ),
  timestamp_granularities: v.optional(v.array(v.picklist(["word", "segment"], "must be 'word' or 'segment'"))),
  stream: v.optional(v.picklist(["false"], "streaming transcriptions are not supported here; leave 'stream' unset")),
});
export type TranscriptionFields = v.InferOutput<typeof TranscriptionFields>;

/** Fields this worker knows; any other is reported as ignored. */
export const KNOWN_FIELDS = new Set(Object.keys(TranscriptionFields.entries));

/**
 * Validates the fields: a 400 naming the one at fault. A single field arrives as a string, a repeated one
 * (`timestamp_granularities[]`) as a list; an empty value counts as not sent (some tools send `language=`).
 * Word or segment timestamps exist only in `verbose_json`, as in OpenAI's API.
 */
export function parseTranscriptionFields(fields: Record<string, string | string[]>): TranscriptionFields {
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (!KNOWN_FIELDS.has(key)) continue;
    if (key === "timestamp_granularities") data[key] = Array.isArray(value) ? value : [value];
    else if (Array.isArray(value)) throw badRequest(`'${key}' was sent more than once.`, key);
    else if (value !== "" || key === "model") data[key] = value;
  }
  if (data.model === undefined) throw badRequest("Missing required parameter: 'model'.", "model");
  const parsed = parseListField(data);
  if (parsed.timestamp_granularities?.length && parsed.response_format !== "verbose_json") {
    throw badRequest(
      "'timestamp_granularities[]' is only supported with response_format 'verbose_json'.",
      "timestamp_granularities[]",
    );
  }
  return parsed;
}

/** `parseInput`, with the list field named as clients send it (`timestamp_granularities[]`, not `….0`). */
function parseListField(data: Record<string, unknown>): TranscriptionFields {
  try {
    return parseInput(TranscriptionFields, data);
  } catch (error) {
    if (!(error instanceof ApiError) || !error.param?.startsWith("timestamp_granularities")) throw error;
    const message = error.message.replace(/'timestamp_granularities\.\d+'/, "'timestamp_granularities[]'");
    throw badRequest(message, "timestamp_granularities[]");
  }
}
