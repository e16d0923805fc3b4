import { readKey } from "./key.ts";
import { type ApiRequest, toCurl } from "./to-curl.ts";

const $ = (id: string) => document.getElementById(id) as HTMLElement;

/**
 * Sends a request to this gateway with the saved key, shows it as curl, and shows a refusal as the API wrote
 * it (status and body, untouched). Returns the response when it is ok, undefined otherwise.
 */
export async function send(request: ApiRequest, signal?: AbortSignal): Promise<Response | undefined> {
  $("curl").textContent = toCurl(location.origin, request);
  $("error").hidden = true;
  const headers: Record<string, string> = { authorization: `${request.scheme ?? "Bearer"} ${readKey()}` };
  let body: BodyInit | undefined;
  if (request.json !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(request.json);
  } else if (request.form) {
    const form = new FormData();
    for (const [name, value] of Object.entries(request.form)) form.append(name, value);
    body = form;
  }
  const init: RequestInit = { method: request.method, headers };
  if (body) init.body = body;
  if (signal) init.signal = signal;
  let response: Response;
  try {
    response = await fetch(request.path, init);
  } catch (error) {
    if ((error as Error).name !== "AbortError") showError(`The request failed: ${(error as Error).message}`);
    return undefined;
  }
  if (response.ok) return response;
  showError(`HTTP ${response.status}\n${await response.text()}`);
  return undefined;
}

export function showError(text: string): void {
  $("error-body").textContent = text;
  $("error").hidden = false;
}
