import { badRequest, fromBase64 } from "@wai/core";
import type { ChatCompletionCreateParams } from "../schemas/chat-completion-create-params.ts";
import type { ImageToTextInputs } from "../upstream-inputs.ts";

/**
 * llava takes one image as a byte array and a prompt (reference §2.2), not messages: the conversation's text
 * becomes the prompt and the one image (a `data:` URI by now) its bytes. No image, or several, is a 400.
 */
export function toImageToTextInputs(params: ChatCompletionCreateParams, maxTokens: number): ImageToTextInputs {
  const texts: string[] = [];
  const images: { url: string; param: string }[] = [];
  params.messages.forEach((message, i) => {
    if (typeof message.content === "string") texts.push(message.content);
    else if (Array.isArray(message.content))
      message.content.forEach((part, j) => {
        if (part.type === "text") texts.push(part.text);
        if (part.type === "image_url") images.push({ url: part.image_url.url, param: `messages.${i}.content.${j}` });
      });
  });
  const image = images[0];
  if (!image || images.length > 1)
    throw badRequest(`The model \`${params.model}\` describes exactly one image: send one image_url part.`, "messages");
  return {
    image: toByteArray(image.url, image.param),
    prompt: texts.join("\n\n"),
    max_tokens: maxTokens,
    ...(params.temperature != null ? { temperature: params.temperature } : {}),
    ...(params.top_p != null ? { top_p: params.top_p } : {}),
    ...(params.seed != null ? { seed: params.seed } : {}),
  };
}

function toByteArray(dataUri: string, param: string): number[] {
  const comma = dataUri.indexOf(",");
  if (!dataUri.startsWith("data:") || comma === -1 || !dataUri.slice(0, comma).endsWith(";base64"))
    throw badRequest("The image must be a base64 `data:` URI or an http(s) URL.", `${param}.image_url.url`);
  const bytes = fromBase64(dataUri.slice(comma + 1));
  if (!bytes) throw badRequest("The image's base64 data is malformed.", `${param}.image_url.url`);
  return Array.from(bytes);
}
