/** A request the playground sends, as it sends it. */
export interface ApiRequest {
  method: "GET" | "POST";
  path: string;
  json?: unknown;
  /** Multipart fields; a File is shown as `@<its name>`. */
  form?: Record<string, string | File>;
  /** `Bearer` (OpenAI), or DeepL's `DeepL-Auth-Key`. */
  scheme?: "Bearer" | "DeepL-Auth-Key";
}

const quote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

/**
 * The equivalent curl command, with the key as `$API_KEY` (never the key itself: the command is for copying
 * and sharing). Long base64 data URLs are shortened, so the command stays readable.
 */
export function toCurl(origin: string, request: ApiRequest): string {
  const lines = [`curl${request.method === "GET" ? "" : ` -X ${request.method}`} ${quote(origin + request.path)}`];
  lines.push(`-H ${quote(`Authorization: ${request.scheme ?? "Bearer"} `)}"$API_KEY"`);
  if (request.json !== undefined) {
    lines.push(`-H 'Content-Type: application/json'`);
    const body = JSON.stringify(request.json, null, 0).replace(
      /data:([\w/+.-]+);base64,[A-Za-z0-9+/=]{40,}/g,
      "data:$1;base64,…",
    );
    lines.push(`-d ${quote(body)}`);
  }
  for (const [name, value] of Object.entries(request.form ?? {})) {
    lines.push(
      typeof value === "string" ? `-F ${quote(`${name}=${value}`)}` : `-F ${quote(`${name}=@${value.name || name}`)}`,
    );
  }
  return lines.join(" \\\n  ");
}
