import { describe, expect, it } from "vitest";
import { type M2m100Input, toM2m100Input } from "../src/mappers/to-m2m100-input.ts";

/**
 * Type-level checks, run by `tsc` (`pnpm typecheck`): the m2m100 mapper's result is Cloudflare's published input
 * type (`AiModels["@cf/meta/m2m100-1.2b"]["inputs"]`), so a shape it does not document fails the typecheck. Each
 * `@ts-expect-error` fails the typecheck if its line ever compiles.
 */
type Published = AiModels["@cf/meta/m2m100-1.2b"]["inputs"];

describe("m2m100 input type", () => {
  it("is the published input type", () => {
    const input: Published = toM2m100Input("Hallo", "de", "en");
    // @ts-expect-error DeepL's field names are not m2m100's (target_lang is required)
    const deeplNames: M2m100Input = { text: "Hallo", source_lang: "de", target_language: "en" };
    // @ts-expect-error m2m100 takes one string, not DeepL's list of texts
    const list: M2m100Input = { text: ["Hallo"], target_lang: "en" };
    // @ts-expect-error an unknown field is refused (`formality` is DeepL's, m2m100 has none)
    const extra: M2m100Input = { text: "Hallo", target_lang: "en", formality: "more" };
    expect([input, deeplNames, list, extra]).toHaveLength(4);
  });
});
