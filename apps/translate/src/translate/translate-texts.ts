import { ApiError, mapLimited } from "@wai/core";
import { joinSegments, splitSegments } from "../text/split-segments.ts";
import type { TranslateSegment } from "./segment-translator.ts";

/** Upstream calls one request has in flight: a Worker gets 6 simultaneous connections per request, and a burst stays gentle on Workers AI. */
export const MAX_IN_FLIGHT = 6;

export interface TranslatedText {
  text: string;
  /** The m2m100 code of the source (given or detected). */
  source: string;
}

/**
 * Translates texts whose sources are resolved: each is split at its line breaks, segments with nothing to
 * translate and texts already in the target language are kept without an inference, identical segments are
 * translated once, at most `MAX_IN_FLIGHT` at a time, and each text is put back together in input order. More
 * distinct lines than `maxSegments` is a 413 before any inference: each costs up to three subrequests (cache
 * read, inference, cache write), and a Worker has a fixed number per request (50 on the Free plan).
 */
export async function translateTexts(
  texts: readonly string[],
  sources: readonly string[],
  target: string,
  translate: TranslateSegment,
  maxSegments: number = Number.POSITIVE_INFINITY,
): Promise<TranslatedText[]> {
  const split = texts.map((text) => splitSegments(text));
  const jobs = new Map<string, { text: string; source: string }>();
  split.forEach((segments, i) => {
    const source = sources[i] as string;
    if (source === target) return;
    for (const { text } of segments) if (text) jobs.set(JSON.stringify([source, text]), { text, source });
  });
  if (jobs.size > maxSegments) throw tooManySegments(jobs.size, maxSegments);
  const keys = [...jobs.keys()];
  const outputs = await mapLimited([...jobs.values()], MAX_IN_FLIGHT, (job) => translate(job.text, job.source, target));
  const done = new Map(keys.map((key, i) => [key, outputs[i] as string]));
  return split.map((segments, i) => {
    const source = sources[i] as string;
    if (source === target) return { text: texts[i] as string, source };
    const translated = segments.map(({ text }) => (text ? (done.get(JSON.stringify([source, text])) ?? "") : ""));
    return { text: joinSegments(segments, translated), source };
  });
}

const tooManySegments = (count: number, max: number) =>
  new ApiError({
    status: 413,
    code: "too_many_segments",
    message: `The request has ${count} distinct lines to translate; this worker translates at most ${max} per request (MAX_SEGMENTS). Split it into smaller requests.`,
  });
