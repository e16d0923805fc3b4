/** DeepLX and Immersive Translate ask for detection with `auto` or an empty / missing source language. */
export function isAutoLanguage(code: string | null | undefined): boolean {
  const trimmed = code?.trim().toLowerCase() ?? "";
  return trimmed === "" || trimmed === "auto";
}
