import { ApiError } from "@wai/core";
import { joinSegments, splitSegments } from "../text/split-segments.ts";
import type { SegmentCodec } from "./segment-codec.ts";
import type { Job } from "./segment-pool.ts";

/** Upstream calls one request has in flight: a Worker gets 6 simultaneous connections per request, and a burst stays gentle on Workers AI. */
export const MAX_IN_FLIGHT = 6;

export interface TranslatedText {
  text: string;
  /** The code of the source (given or detected). */
  source: string;
}

export interface TranslateTextsOptions {
  /** How a line becomes jobs for the engine and back (markup kept). */
  codec: SegmentCodec;
  /** Translates distinct jobs, one output each, in order (the engine, behind the cache). */
  translate: (jobs: Job[]) => Promise<string[]>;
  /** Most distinct jobs (413 above). */
  maxSegments?: number;
}

/**
 * Translates texts whose sources are resolved: ignored elements shielded, each text split at its line breaks,
 * each line made into jobs by the codec (runs between tags for m2m100, the line with placeholders for an LLM);
 * texts already in the target language and lines with nothing to translate are kept without an inference;
 * identical jobs are translated once; each text is put back together in input order. More distinct jobs than
 * `maxSegments` is a 413 before any inference: each costs subrequests, and a Worker has a fixed number per
 * request (50 on the Free plan).
 */
export async function translateTexts(
  texts: readonly string[],
  sources: readonly string[],
  target: string,
  { codec, translate, maxSegments = Number.POSITIVE_INFINITY }: TranslateTextsOptions,
): Promise<TranslatedText[]> {
  const jobs = new Map<string, Job>();
  const plans = texts.map((original, i) => {
    const source = sources[i] as string;
    if (source === target) return undefined;
    const shielded = codec.shield(original);
    const segments = splitSegments(shielded.text);
    const encoded = segments.map((s) => (s.text ? codec.encode(s.text) : undefined));
    for (const e of encoded)
      for (const text of e?.jobs ?? []) jobs.set(JSON.stringify([source, text]), { text, source });
    return { source, shielded, segments, encoded };
  });
  if (jobs.size > maxSegments) throw tooManySegments(jobs.size, maxSegments);
  const keys = [...jobs.keys()];
  const outputs = keys.length ? await translate([...jobs.values()]) : [];
  const done = new Map(keys.map((key, i) => [key, outputs[i] as string]));
  return plans.map((plan, i) => {
    if (!plan) return { text: texts[i] as string, source: sources[i] as string };
    const lines = plan.encoded.map((e) =>
      e ? e.decode(e.jobs.map((text) => done.get(JSON.stringify([plan.source, text])) ?? "")) : "",
    );
    return { text: plan.shielded.restore(joinSegments(plan.segments, lines)), source: plan.source };
  });
}

const tooManySegments = (count: number, max: number) =>
  new ApiError({
    status: 413,
    code: "too_many_segments",
    message: `The request has ${count} distinct lines to translate; this worker translates at most ${max} per request (MAX_SEGMENTS). Split it into smaller requests.`,
  });
