import { badInput } from "../ai-error.ts";
import { asObject, missing, type Obj, readString, typeMismatch } from "../validate.ts";
import type { ToolChoice, ToolDef } from "./text-request.ts";

/**
 * `tools` in either shape Workers AI takes: flat `{name, description, parameters}` or OpenAI `{type, function}`.
 * What must be described follows the model's schema: `function-and-properties` (llama-3.3 and the other per-model
 * legacy types) requires a `description` on each function and `type` + `description` on each parameter
 * property; `function` (`AiTextGenerationInput`) a description on each function; `none` (chat completions).
 */
export function readTools(inputs: Obj, require: "function-and-properties" | "function" | "none" = "none"): ToolDef[] {
  const value = inputs.tools;
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw typeMismatch("/tools", "array", value);
  return value.map((raw, i) => {
    const path = `/tools/${i}`;
    const tool = asObject(raw, path);
    if (tool.type === "custom") {
      const custom = asObject(tool.custom, `${path}/custom`);
      return { name: readString(custom, "name", { required: true, min: 1 }, `${path}/custom`) ?? "" };
    }
    const fnPath = tool.function !== undefined ? `${path}/function` : path;
    const fn = tool.function !== undefined ? asObject(tool.function, fnPath) : tool;
    const name = readString(fn, "name", { required: true, min: 1 }, fnPath) ?? "";
    if (require !== "none") readString(fn, "description", { required: true }, fnPath);
    if (fn.parameters === undefined) return { name };
    const parameters = asObject(fn.parameters, `${fnPath}/parameters`);
    if (require === "function-and-properties") checkProperties(parameters, `${fnPath}/parameters`);
    return { name, parameters };
  });
}

/** Each parameter property needs `type` and `description` (the per-model legacy schemas). */
function checkProperties(parameters: Obj, path: string): void {
  if (parameters.properties === undefined) throw missing(path, ["type", "properties"]);
  const properties = asObject(parameters.properties, `${path}/properties`);
  for (const [key, raw] of Object.entries(properties)) {
    const at = `${path}/properties/${key}`;
    const property = asObject(raw, at);
    const absent = ["type", "description"].filter((k) => property[k] === undefined);
    if (absent.length) throw missing(at, absent);
    readString(property, "type", {}, at);
    readString(property, "description", {}, at);
  }
}

/** `tool_choice`: `none` / `auto` / `required`, or a named function that must be among the tools. */
export function readToolChoice(inputs: Obj, tools: ToolDef[]): ToolChoice {
  const value = inputs.tool_choice;
  if (value === undefined) return "auto";
  if (value === "none" || value === "auto" || value === "required") return value;
  if (typeof value === "object" && value !== null) {
    const fn = (value as Obj).function as Obj | undefined;
    const name = typeof fn?.name === "string" ? fn.name : (value as Obj).name;
    if (typeof name === "string") {
      if (!tools.some((t) => t.name === name)) throw badInput(`tool_choice names '${name}', which is not in 'tools'`);
      return { name };
    }
  }
  throw badInput("'/tool_choice' must be 'none', 'auto', 'required' or {type: 'function', function: {name}}");
}
