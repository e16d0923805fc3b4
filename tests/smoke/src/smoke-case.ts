import type { SmokeAnswer } from "./answer.ts";

/** One request of the smoke run and the check of its answer. */
export interface SmokeCase {
  /** Workers AI model id (or the route's subject, e.g. `(all)` for the model list). */
  model: string;
  /** Method and path, as shown in the table. */
  route: string;
  /** What the request is for, when one model has several rows (`stream`, `tools`...). */
  variant?: string;
  request: () => SmokeRequest;
  /** Throws `SmokeCheckError` on a wrong answer; returns the usage shown in the table. */
  check: (answer: SmokeAnswer) => string;
}

export interface SmokeRequest {
  /** A JSON body, a multipart form, or none (GET). */
  json?: unknown;
  form?: FormData;
  /** Where the key goes: `Authorization: Bearer` (default) or DeepL's `Authorization: DeepL-Auth-Key`. */
  auth?: "bearer" | "deepl";
}
