import type { ChatCompletionTool } from "../schemas/chat-completion-create-params.ts";
import type { LegacyFunctionTool } from "../upstream-inputs.ts";

type Schema = Record<string, unknown>;
type Property = LegacyFunctionTool["function"]["parameters"]["properties"][string];

/**
 * OpenAI tools for Workers AI's own models, whose published schema (llama-3.3-70b-instruct-fp8-fast.json and
 * every legacy text model: reference Addendum) requires `description` on each function, `parameters` with `type`
 * and `properties`, and `type` plus `description` on each property. OpenAI makes all of these optional and
 * clients omit them, which Workers AI refuses (5006). What is missing is derived from the names, never invented:
 * a function's description is its name, a property's its name; a property's type comes from its `enum` /
 * `const` / `anyOf` / `oneOf` / `items` / `properties`, else `string`. What the client sent is kept as is.
 */
export function toLegacyTools(tools: readonly ChatCompletionTool[]): LegacyFunctionTool[] {
  return tools.map((tool) => {
    const fn = tool.function;
    const parameters = (fn.parameters ?? {}) as Schema;
    const properties = isObject(parameters.properties) ? parameters.properties : {};
    return {
      ...tool,
      type: "function",
      function: {
        ...fn,
        description: fn.description ?? fn.name,
        parameters: {
          ...parameters,
          type: typeof parameters.type === "string" ? parameters.type : "object",
          properties: Object.fromEntries(
            Object.entries(properties).map(([name, property]) => [name, toProperty(name, property)]),
          ),
        },
      },
    };
  });
}

function toProperty(name: string, property: unknown): Property {
  const schema = isObject(property) ? property : {};
  return {
    ...schema,
    type: typeOf(schema),
    description: typeof schema.description === "string" ? schema.description : name,
  };
}

/** JSON Schema's `type` may be a list (`["string", "null"]`): the published type wants one name, the first non-null. */
function typeOf(schema: Schema): string {
  if (typeof schema.type === "string") return schema.type;
  if (Array.isArray(schema.type)) return schema.type.find((t) => typeof t === "string" && t !== "null") ?? "string";
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return valueType(schema.enum[0]);
  if ("const" in schema) return valueType(schema.const);
  for (const key of ["anyOf", "oneOf"] as const) {
    const variants = Array.isArray(schema[key]) ? (schema[key] as unknown[]).filter(isObject) : [];
    const typed = variants.find((v) => v.type !== "null" && Object.keys(v).some((k) => TYPED.includes(k)));
    if (typed) return typeOf(typed);
  }
  if (schema.items !== undefined) return "array";
  if (schema.properties !== undefined) return "object";
  return "string";
}

/** The keywords `typeOf` reads a type from. */
const TYPED = ["type", "enum", "const", "anyOf", "oneOf", "items", "properties"];

function valueType(value: unknown): string {
  if (Array.isArray(value)) return "array";
  if (value === null) return "null";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value === "object" ? "object" : typeof value; // string, boolean
}

const isObject = (value: unknown): value is Schema =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The `x-gateway-notes` entry when `toLegacyTools` filled anything in (nothing when the client sent it all). */
export function legacyToolNotes(tools: readonly ChatCompletionTool[] | null | undefined): string[] {
  if (!tools?.length || JSON.stringify(toLegacyTools(tools)) === JSON.stringify(tools)) return [];
  return ["tools: descriptions and types the model requires filled in from the names"];
}
