/** What a request asks of the LLM beyond the languages (DeepL's options). */
export interface LlmOptions {
  /** DeepL `formality`: `more` / `prefer_more` → formal, `less` / `prefer_less` → informal. */
  formality?: "formal" | "informal";
  /** DeepL `context`: text that helps understand the segments, never translated itself. */
  context?: string;
  /** Glossary entries (source term → target term) that apply to this language pair. */
  glossary?: readonly (readonly [string, string])[];
}
