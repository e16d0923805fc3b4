import { badInput } from "../ai-error.ts";
import type { TextGenerationModel as Model } from "../model.ts";
import { asObject, missing, type Obj, typeMismatch } from "../validate.ts";

/**
 * JSON mode's schema, or undefined for plain text. Legacy models take a bare JSON Schema in
 * `response_format.json_schema` (or `guided_json`); chat-completions models take OpenAI's wrapper
 * `{name, schema}` (reference §2.1.4). A wrapper sent to a legacy model is taken as the schema itself, as upstream
 * does, so the answer comes out wrong: the test sees the mapping bug.
 */
export function readResponseFormat(model: Model, inputs: Obj): Obj | undefined {
  if (inputs.guided_json !== undefined && model.guidedJson) return asObject(inputs.guided_json, "/guided_json");
  if (inputs.response_format === undefined || !model.jsonMode) return undefined;
  const format = asObject(inputs.response_format, "/response_format");
  switch (format.type) {
    case "text":
      return undefined;
    case "json_object":
      return {};
    case "json_schema": {
      if (format.json_schema === undefined) throw missing("/response_format", ["json_schema"]);
      const schema = asObject(format.json_schema, "/response_format/json_schema");
      if (model.request !== "chat-completions") return schema;
      if (schema.schema === undefined || typeof schema.name !== "string")
        throw missing("/response_format/json_schema", ["name", "schema"]);
      return asObject(schema.schema, "/response_format/json_schema/schema");
    }
    default:
      if (typeof format.type !== "string") throw typeMismatch("/response_format/type", "string", format.type);
      throw badInput(`'/response_format/type' must be one of 'json_object', 'json_schema'`);
  }
}
