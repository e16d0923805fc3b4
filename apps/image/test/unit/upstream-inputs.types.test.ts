import { describe, expect, it } from "vitest";
import { toImageInputs } from "../../src/upstream/to-image-inputs.ts";
import type {
  Flux2Input,
  FluxSchnellInput,
  LucidOriginInput,
  PhoenixInput,
  StableDiffusionInput,
  UpstreamImageInput,
} from "../../src/upstream/upstream-inputs.ts";
import { LUCID } from "./models.ts";

/**
 * Type-level checks, run by `tsc` (`pnpm typecheck`): each mapper result type is the published input of its model
 * (`AiModels[...]["inputs"]`), so the shapes below, which Cloudflare does not document, fail the typecheck. Each
 * `@ts-expect-error` fails the typecheck if its line ever compiles.
 */
describe("upstream image input types", () => {
  it("are Cloudflare's published ones", () => {
    const published: [StableDiffusionInput, FluxSchnellInput, Flux2Input, PhoenixInput, LucidOriginInput] extends [
      AiModels["@cf/stabilityai/stable-diffusion-xl-base-1.0"]["inputs"],
      AiModels["@cf/black-forest-labs/flux-1-schnell"]["inputs"],
      AiModels["@cf/black-forest-labs/flux-2-dev"]["inputs"],
      AiModels["@cf/leonardo/phoenix-1.0"]["inputs"],
      AiModels["@cf/leonardo/lucid-origin"]["inputs"],
    ]
      ? true
      : false = true;
    const mapped: UpstreamImageInput = toImageInputs(LUCID, { prompt: "p", n: 1 }, { size: undefined, steps: 4 }, 1);
    expect([published, mapped]).toHaveLength(2);
  });

  it("refuse shapes Workers AI refuses", () => {
    // @ts-expect-error flux-1-schnell takes no size (additionalProperties: false)
    const schnellSize: FluxSchnellInput = { prompt: "p", width: 1024 };
    // @ts-expect-error flux-1-schnell takes no seed
    const schnellSeed: FluxSchnellInput = { prompt: "p", seed: 1 };
    // @ts-expect-error flux-1-schnell names its steps `steps`, not SD's `num_steps`
    const schnellNumSteps: FluxSchnellInput = { prompt: "p", num_steps: 4 };
    // @ts-expect-error lucid-origin takes no negative prompt
    const lucidNegative: LucidOriginInput = { prompt: "p", negative_prompt: "blur" };
    // @ts-expect-error FLUX.2 takes multipart form data, not JSON fields
    const flux2Json: Flux2Input = { prompt: "p", width: 1024 };
    // @ts-expect-error the SD family takes its source image as byte values, not a Uint8Array
    const sdBytes: StableDiffusionInput = { prompt: "p", image: new Uint8Array(1) };
    // @ts-expect-error phoenix names its steps `num_steps`
    const phoenixSteps: PhoenixInput = { prompt: "p", steps: 25 };
    const wrong = [schnellSize, schnellSeed, schnellNumSteps, lucidNegative, flux2Json, sdBytes, phoenixSteps];
    expect(wrong).toHaveLength(7);
  });
});
