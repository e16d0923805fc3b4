import { badRequest } from "@wai/core";
import type { ChatImageParams } from "../schemas/chat-image-params.ts";

export interface ChatPrompt {
  prompt: string;
  /** An `image_url` part's URL (a data URI, or one of this worker's `/file/` URLs): an img2img request. */
  imageUrl: string | undefined;
  /** Where the image part sits, for errors: `messages.3.content.1`. */
  imageParam: string;
}

/**
 * The prompt is the last user message's text (its text parts joined by newlines), as the original guide's
 * worker took it; an `image_url` part in that message makes the request an img2img one. Earlier messages
 * (a gateway's chat history) are not part of the picture.
 */
export function readChatPrompt(messages: ChatImageParams["messages"]): ChatPrompt {
  const index = messages.findLastIndex((m) => m.role === "user");
  const message = messages[index];
  if (!message) throw badRequest("No user message: the last user message's text is the image prompt.", "messages");
  const { content } = message;
  if (typeof content === "string" || content == null)
    return { prompt: content ?? "", imageUrl: undefined, imageParam: "" };
  const texts: string[] = [];
  const images: { url: string; at: number }[] = [];
  content.forEach((part, at) => {
    if (part.type === "text" && typeof part.text === "string") texts.push(part.text);
    else if (part.type === "image_url")
      images.push({ url: urlOf(part.image_url, `messages.${index}.content.${at}`), at });
    else
      throw badRequest(
        `Content parts of type \`${part.type}\` are not supported by image models.`,
        `messages.${index}.content.${at}`,
      );
  });
  if (images.length > 1) {
    throw badRequest(
      "Only one image can be the start of an image; this message holds several.",
      `messages.${index}.content`,
    );
  }
  const image = images[0];
  return {
    prompt: texts.join("\n"),
    imageUrl: image?.url,
    imageParam: image ? `messages.${index}.content.${image.at}.image_url.url` : "",
  };
}

function urlOf(value: unknown, param: string): string {
  const url =
    typeof value === "string" ? value : value && typeof value === "object" && "url" in value ? value.url : undefined;
  if (typeof url !== "string" || !url)
    throw badRequest("An `image_url` part needs `image_url.url`.", `${param}.image_url.url`);
  return url;
}
