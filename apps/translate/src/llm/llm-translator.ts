import type { Model } from "@wai/catalog";
import { type AiClient, ApiError } from "@wai/core";
import { placeholderSequence } from "../markup/to-placeholders.ts";
import { withRetry } from "../translate/with-retry.ts";
import { buildTranslatePrompt, type PromptLanguages } from "./build-translate-prompt.ts";
import { cleanTranslation } from "./clean-translation.ts";
import { fromLlmAnswer } from "./from-llm-answer.ts";
import type { LlmOptions } from "./llm-options.ts";
import { parseNumberedAnswer } from "./parse-numbered-answer.ts";
import { toLlmTranslateInputs } from "./to-llm-translate-inputs.ts";

/** Segments per upstream call, and their characters: a page of paragraphs in a few calls, answers well inside the output budget. */
export const LLM_SEGMENTS_PER_CALL = 40;
export const LLM_CHARS_PER_CALL = 4000;

export interface LlmJob {
  /** One line, markup as placeholders (`<g1>`…). */
  text: string;
  /** Its source language code. */
  source: string;
}

export interface LlmTranslatorOptions {
  ai: AiClient;
  model: Model;
  /** The names of a source language and of the target, for the prompt. */
  languages: (source: string) => PromptLanguages;
  options: LlmOptions;
  /** Every upstream call goes through it (at most 6 in flight per request). */
  limit: <T>(fn: () => Promise<T>) => Promise<T>;
}

/**
 * The LLM engine: segments of one source language go in numbered batches; each answer is matched by number;
 * a segment missing, empty, doubled or with its placeholders lost or moved is asked again alone; a segment
 * whose markup still does not survive is translated as the runs of words between its tags, the markup put back
 * around them (never broken HTML). Returns one translation per job, in order, placeholders kept.
 */
export function llmTranslator(o: LlmTranslatorOptions): (jobs: readonly LlmJob[]) => Promise<string[]> {
  const call = async (jobs: readonly LlmJob[]): Promise<(string | undefined)[]> => {
    const { system, user } = buildTranslatePrompt(
      jobs.map((j) => j.text),
      o.languages(jobs[0]?.source ?? ""),
      o.options,
    );
    const answer = await o.limit(() =>
      withRetry(async () =>
        fromLlmAnswer(o.model, await o.ai.run(o.model.id, asRecord(toLlmTranslateInputs(o.model, system, user)))),
      ),
    );
    return parseNumberedAnswer(answer, jobs.length).map((text, i) => {
      const job = jobs[i] as LlmJob;
      const cleaned = text === undefined ? undefined : cleanTranslation(text, job.text);
      return cleaned && sameMarkup(cleaned, job.text) ? cleaned : undefined;
    });
  };

  const alone = async (job: LlmJob): Promise<string> => {
    const [answer] = await call([job]);
    if (answer !== undefined) return answer;
    const parts = job.text.split(/(<\/?g\d+\/?>)/);
    if (parts.length === 1) throw noTranslation(job.text);
    return (await aroundMarkup(parts, job.source)).join("");
  };

  /** The runs of words between placeholders, translated as segments of their own; the placeholders kept. */
  const aroundMarkup = async (parts: string[], source: string): Promise<string[]> => {
    const runs = parts.flatMap((part, i) => (i % 2 === 0 && /\p{L}/u.test(part) ? [i] : []));
    const jobs = runs.map((i) => ({ text: (parts[i] ?? "").trim(), source }));
    const outputs = await translateAll(jobs);
    const out = [...parts];
    runs.forEach((i, k) => {
      const part = parts[i] ?? "";
      const lead = part.slice(0, part.length - part.trimStart().length);
      out[i] = lead + (outputs[k] ?? "") + part.slice(part.trimEnd().length);
    });
    return out;
  };

  const translateAll = async (jobs: readonly LlmJob[]): Promise<string[]> => {
    const out = new Array<string>(jobs.length);
    await Promise.all(
      chunk(jobs).map(async (indices) => {
        const answers = await call(indices.map((i) => jobs[i] as LlmJob));
        await Promise.all(
          indices.map(async (i, k) => {
            out[i] = answers[k] ?? (await alone(jobs[i] as LlmJob));
          }),
        );
      }),
    );
    return out;
  };
  return translateAll;
}

/** Same placeholders, same order (hence the same nesting). */
function sameMarkup(translated: string, source: string): boolean {
  const a = placeholderSequence(translated);
  const b = placeholderSequence(source);
  return a.length === b.length && a.every((p, i) => p === b[i]);
}

/** Jobs grouped by source language, then cut into calls of at most `LLM_SEGMENTS_PER_CALL` segments and `LLM_CHARS_PER_CALL` characters. */
function chunk(jobs: readonly LlmJob[]): number[][] {
  const chunks: number[][] = [];
  const open = new Map<string, { indices: number[]; chars: number }>();
  jobs.forEach((job, i) => {
    let current = open.get(job.source);
    if (
      current &&
      (current.indices.length >= LLM_SEGMENTS_PER_CALL || current.chars + job.text.length > LLM_CHARS_PER_CALL)
    ) {
      current = undefined;
    }
    if (!current) {
      current = { indices: [], chars: 0 };
      open.set(job.source, current);
      chunks.push(current.indices);
    }
    current.indices.push(i);
    current.chars += job.text.length;
  });
  return chunks;
}

const asRecord = (inputs: object) => inputs as Record<string, unknown>;

const noTranslation = (text: string) =>
  new ApiError({
    status: 502,
    type: "upstream_error",
    code: "upstream_error",
    message: `The translation model answered without a translation of ${JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text)}, twice.`,
  });
