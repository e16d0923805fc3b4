import { toJsonSchema } from "@valibot/to-json-schema";
import type { GenericSchema } from "valibot";

/**
 * A request schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect), for what a client sends (`typeMode:
 * "input"`). Checks that JSON Schema cannot say (a custom `check`, a `transform`) are left out, not failed on:
 * the worker still applies them, and answers a 400 naming the field.
 */
export function toJsonBodySchema(schema: GenericSchema): Record<string, unknown> {
  const { $schema: _, ...json } = toJsonSchema(schema, {
    target: "draft-2020-12",
    typeMode: "input",
    errorMode: "ignore",
  }) as Record<string, unknown>;
  return json;
}
