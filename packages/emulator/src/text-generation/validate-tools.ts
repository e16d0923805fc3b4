import { badInput } from "../ai-error.ts";
import type { ToolChoice, ToolDef } from "./text-request.ts";
import { asObject, type Obj, readString, typeMismatch } from "../validate.ts";

/** `tools` in either shape Workers AI takes: flat `{name, description, parameters}` or OpenAI `{type, function}`. */
export function readTools(inputs: Obj): ToolDef[] {
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
    if (fn.parameters === undefined) return { name };
    return { name, parameters: asObject(fn.parameters, `${fnPath}/parameters`) };
  });
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
