/**
 * The chat answer: `![alt](url)` with the stored image's short URL, never a data URI (OneAPI reads SSE lines
 * with a 64 KB limit, and a base64 image kills the stream). The alt text is the prompt's start, on one line,
 * without the characters that would end the markdown.
 */
export function toMarkdownImage(url: string, prompt: string): string {
  const flat = prompt
    .replace(/[[\]()\\]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const alt = flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
  return `![${alt}](${url})`;
}
