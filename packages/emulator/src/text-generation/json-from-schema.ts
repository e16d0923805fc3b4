import type { Obj } from "../validate.ts";

/**
 * A value that fits a JSON Schema, picked by the PRNG: tool-call arguments and JSON-mode answers. Handles the
 * subset tools use (object, array, string, number, integer, boolean, enum, const, anyOf/oneOf, nullable types).
 */
export function valueFromSchema(schema: unknown, rand: () => number, key = "value", depth = 0): unknown {
  if (!schema || typeof schema !== "object" || depth > 6) return `emulated ${key}`;
  const s = schema as Obj;
  if (Array.isArray(s.enum) && s.enum.length) return s.enum[Math.floor(rand() * s.enum.length)];
  if (s.const !== undefined) return s.const;
  const options = (s.anyOf ?? s.oneOf) as unknown[] | undefined;
  if (Array.isArray(options) && options.length) return valueFromSchema(options[0], rand, key, depth + 1);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== "null") : s.type;
  switch (type ?? (s.properties ? "object" : s.items ? "array" : "string")) {
    case "object": {
      const props = (s.properties ?? {}) as Obj;
      return Object.fromEntries(Object.keys(props).map((k) => [k, valueFromSchema(props[k], rand, k, depth + 1)]));
    }
    case "array": {
      const count = Math.max(1, typeof s.minItems === "number" ? s.minItems : 1);
      return Array.from({ length: count }, () => valueFromSchema(s.items, rand, key, depth + 1));
    }
    case "integer": {
      const min = typeof s.minimum === "number" ? Math.ceil(s.minimum) : 0;
      const max = typeof s.maximum === "number" ? Math.floor(s.maximum) : min + 100;
      return min + Math.floor(rand() * (max - min + 1));
    }
    case "number": {
      // Whole numbers where the range holds one, as models answer counts and timeouts (Codex declares its
      // integer-only fields as `number` and rejects 60.81); a fraction only when the range is narrower than 1.
      const min = typeof s.minimum === "number" ? s.minimum : 0;
      const max = typeof s.maximum === "number" ? s.maximum : min + 100;
      const whole = Math.ceil(min) + Math.floor(rand() * (Math.floor(max) - Math.ceil(min) + 1));
      return Math.ceil(min) <= Math.floor(max) ? whole : Math.round((min + rand() * (max - min)) * 100) / 100;
    }
    case "boolean":
      return rand() < 0.5;
    case "null":
      return null;
    default:
      return s.format === "date" ? "2026-01-01" : `emulated ${key} ${Math.floor(rand() * 1000)}`;
  }
}
