import * as v from "valibot";
import { ApiError } from "./api-error.ts";

type AnySchema = v.GenericSchema;

/**
 * Validates a request body against a valibot schema and returns the typed output. The first issue becomes a
 * 400 whose `param` is the dotted path of the failing field (`messages.0.content`), as OpenAI clients expect.
 *
 * `isCommon`, when given, is a hand-written check of a route's common shape: when it says yes, the body is
 * returned as it is, without the schema's walk and copy (it must accept only what the schema accepts and
 * returns unchanged, a test of each such check holds it to that); when it says no, the schema decides, with
 * its own messages.
 */
export function parseInput<const TSchema extends AnySchema>(
  schema: TSchema,
  data: unknown,
  isCommon?: (data: unknown) => data is v.InferOutput<TSchema>,
): v.InferOutput<TSchema> {
  if (isCommon?.(data)) return data;
  const result = v.safeParse(schema, data);
  if (result.success) return result.output;
  const issue = deepest(result.issues[0]);
  const param = v.getDotPath(issue) || null;
  throw new ApiError({ status: 400, type: "invalid_request_error", param, message: describeIssue(issue, param) });
}

/**
 * A union no option matched reports at the union's own path. When one option got further into the value (a
 * content part array with one bad field), its issue names the field at fault; otherwise the union's stays.
 */
function deepest(issue: v.BaseIssue<unknown>): v.BaseIssue<unknown> {
  let best = issue;
  for (const sub of issue.issues ?? []) {
    if (!sub.path) continue;
    // An option's issue has a path relative to the union.
    const candidate = deepest({ ...sub, path: [...(issue.path ?? []), ...sub.path] } as v.BaseIssue<unknown>);
    if ((candidate.path?.length ?? 0) > (best.path?.length ?? 0)) best = candidate;
  }
  return best;
}

/** valibot's built-in messages read `Invalid type: Expected string but received 5`; a custom message is kept. */
const DEFAULT_MESSAGE = /^Invalid [\w ]+: (?:Expected .* but r|R)eceived /s;

/** Says what was expected and what arrived, naming the field: OpenAI's `Invalid type for 'x': ...` style. */
export function describeIssue(issue: v.BaseIssue<unknown>, param: string | null): string {
  const where = param ? `'${param}'` : "the request body";
  if (!DEFAULT_MESSAGE.test(issue.message)) return param ? `Invalid '${param}': ${issue.message}` : issue.message;
  if (issue.kind === "schema" && param) {
    if (issue.input === undefined) return `Missing required parameter: '${param}'.`;
    if (issue.expected === "never") return `Unrecognized request argument supplied: '${param}'.`;
  }
  const expected = issue.expected ? `expected ${issue.expected}` : "invalid value";
  const what = issue.kind === "schema" ? "Invalid type for" : "Invalid value for";
  return `${what} ${where}: ${expected}, but got ${issue.received}.`;
}
