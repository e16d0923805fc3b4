import { send } from "./api.ts";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Translate with DeepLX's or DeepL's protocol, showing the source language the gateway detected. */
export function setUpTranslate(): void {
  const form = $<HTMLFormElement>("translate-form");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const text = String(data.get("text"));
    const source = String(data.get("source") ?? "").trim();
    const target = String(data.get("target")).trim();
    $("tr-result").textContent = "";
    $("tr-detected").textContent = "";
    if (data.get("api") === "deepl") {
      const json = { text: [text], target_lang: target, ...(source ? { source_lang: source } : {}) };
      const res = await send({ method: "POST", path: "/v2/translate", json, scheme: "DeepL-Auth-Key" });
      if (!res) return;
      const { translations } = (await res.json()) as {
        translations: { text: string; detected_source_language: string }[];
      };
      show(translations.map((t) => t.text).join("\n"), translations[0]?.detected_source_language, !source);
    } else {
      const json = { text, target_lang: target, source_lang: source || "auto" };
      const res = await send({ method: "POST", path: "/translate", json });
      if (!res) return;
      const answer = (await res.json()) as { data: string; source_lang?: string };
      show(answer.data, answer.source_lang, !source);
    }
  });
}

function show(text: string, sourceLang: string | undefined, detected: boolean): void {
  $("tr-result").textContent = text;
  $("tr-detected").textContent = sourceLang ? `${detected ? "Detected source" : "Source"}: ${sourceLang}` : "";
}
