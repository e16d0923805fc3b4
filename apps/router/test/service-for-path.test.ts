import { describe, expect, it } from "vitest";
import { serviceForPath } from "../src/service-for-path.ts";

describe("serviceForPath", () => {
  it("sends every DeepL API path to the translate worker", () => {
    for (const path of ["/v2/translate", "/v2/usage", "/v2/languages", "/v2/glossaries", "/v2/glossaries/abc/entries"])
      expect(serviceForPath(path), path).toBe("TRANSLATE");
  });

  it("sends DeepLX and Immersive Translate's routes to translate, and knows nothing of other paths", () => {
    expect(serviceForPath("/translate")).toBe("TRANSLATE");
    expect(serviceForPath("/v1/translate/batch")).toBe("TRANSLATE");
    expect(serviceForPath("/v1/audio/speech")).toBe("WHISPER");
    expect(serviceForPath("/v1/unknown")).toBeUndefined();
  });
});
