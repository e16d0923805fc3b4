import { badInput } from "./ai-error.ts";

/** Schema checks worded like Workers AI's validator (5006 "Bad input: Error: ..."), with JSON-pointer paths. */
export type Obj = Record<string, unknown>;

export function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) return "object";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

export function typeMismatch(path: string, expected: string, value: unknown): Error {
  return badInput(`Type mismatch of '${path}', '${expected}' not in '${jsonType(value)}'`);
}

export function missing(path: string, names: string[]): Error {
  return badInput(`required properties at '${path}' are '${names.join("', '")}'`);
}

/** `additionalProperties: false`: only these keys may appear. */
export function onlyKeys(obj: Obj, allowed: readonly string[], path = "/"): void {
  const extra = Object.keys(obj).filter((k) => !allowed.includes(k) && obj[k] !== undefined);
  if (extra.length === 0) return;
  const prefix = path === "/" ? "" : path;
  const list = extra.map((k) => `${prefix}/${k}`).join(", ");
  throw badInput(`Additional or unevaluated properties '${list}' in '${path}' not allowed`);
}

export function asObject(value: unknown, path = "/"): Obj {
  if (value && typeof value === "object" && !Array.isArray(value)) return value as Obj;
  throw typeMismatch(path, "object", value);
}

const at = (path: string, key: string) => `${path === "/" ? "" : path}/${key}`;

interface StringRule {
  required?: boolean;
  min?: number;
  max?: number;
}

export function readString(obj: Obj, key: string, rule: StringRule = {}, path = "/"): string | undefined {
  const value = obj[key];
  if (value === undefined) {
    if (rule.required) throw missing(path, [key]);
    return undefined;
  }
  if (typeof value !== "string") throw typeMismatch(at(path, key), "string", value);
  if (rule.min !== undefined && value.length < rule.min)
    throw badInput(`String at '${at(path, key)}' is shorter than ${rule.min} characters`);
  if (rule.max !== undefined && value.length > rule.max)
    throw badInput(`String at '${at(path, key)}' is longer than ${rule.max} characters`);
  return value;
}

interface NumberRule {
  integer?: boolean;
  min?: number;
  max?: number;
}

export function readNumber(obj: Obj, key: string, rule: NumberRule = {}, path = "/"): number | undefined {
  const value = obj[key];
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value)) throw typeMismatch(at(path, key), "number", value);
  if (rule.integer && !Number.isInteger(value)) throw typeMismatch(at(path, key), "integer", value);
  if (rule.min !== undefined && value < rule.min) throw badInput(`'${at(path, key)}' must be >= ${rule.min}`);
  if (rule.max !== undefined && value > rule.max) throw badInput(`'${at(path, key)}' must be <= ${rule.max}`);
  return value;
}

export function readBoolean(obj: Obj, key: string, path = "/"): boolean | undefined {
  const value = obj[key];
  if (value === undefined) return undefined;
  if (typeof value !== "boolean") throw typeMismatch(at(path, key), "boolean", value);
  return value;
}

/** A `string | string[]` field as a list, each item at least one character. */
export function readStringList(obj: Obj, key: string, path = "/"): string[] | undefined {
  const value = obj[key];
  if (value === undefined) return undefined;
  const list = typeof value === "string" ? [value] : value;
  if (!Array.isArray(list)) throw typeMismatch(at(path, key), "string", value);
  list.forEach((item, i) => {
    const p = typeof value === "string" ? at(path, key) : `${at(path, key)}/${i}`;
    if (typeof item !== "string") throw typeMismatch(p, "string", item);
    if (item.length === 0) throw badInput(`String at '${p}' is shorter than 1 characters`);
  });
  return list as string[];
}
