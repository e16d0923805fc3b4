import { describe, expect, it } from "vitest";
import { valueFromSchema } from "../src/text-generation/json-from-schema.ts";

/** A fixed sequence in [0, 1), so the picks are known. */
const draws = (...values: number[]) => {
  let i = 0;
  return () => values[i++ % values.length] as number;
};

describe("valueFromSchema (emulated tool arguments and JSON answers)", () => {
  it("answers a `number` with a whole number inside its range, as models answer counts and timeouts", () => {
    for (const r of [0, 0.3, 0.6081, 0.999]) {
      const value = valueFromSchema({ type: "number" }, draws(r));
      expect(Number.isInteger(value)).toBe(true);
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(100);
    }
    expect(valueFromSchema({ type: "number", minimum: 2.5, maximum: 4.5 }, draws(0.999))).toBe(4);
    expect(valueFromSchema({ type: "number", minimum: 2.5, maximum: 4.5 }, draws(0))).toBe(3);
  });

  it("answers a fraction only when the range holds no whole number", () => {
    const value = valueFromSchema({ type: "number", minimum: 0.1, maximum: 0.9 }, draws(0.5)) as number;
    expect(value).toBeGreaterThanOrEqual(0.1);
    expect(value).toBeLessThanOrEqual(0.9);
    expect(Number.isInteger(value)).toBe(false);
  });

  it("keeps integers, enums and objects as before", () => {
    expect(valueFromSchema({ type: "integer", minimum: 1, maximum: 7 }, draws(0.999))).toBe(7);
    expect(valueFromSchema({ enum: ["a", "b"] }, draws(0.6))).toBe("b");
    expect(
      valueFromSchema({ type: "object", properties: { n: { type: "number" }, ok: { type: "boolean" } } }, draws(0.2)),
    ).toEqual({ n: 20, ok: true });
  });
});
