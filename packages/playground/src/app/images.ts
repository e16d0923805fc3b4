import { send } from "./api.ts";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Images: generate (size, n) or edit (an image and a mask); every result joins the gallery with its URL. */
export function setUpImages(): void {
  const form = $<HTMLFormElement>("image-form");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const source = data.get("image") as File | null;
    const mask = data.get("mask") as File | null;
    const fields = {
      model: String(data.get("model")),
      prompt: String(data.get("prompt")),
      size: String(data.get("size")),
      n: String(data.get("n")),
    };
    const button = form.querySelector("button[type=submit]") as HTMLButtonElement;
    button.disabled = true;
    try {
      const res = source?.size
        ? await send({
            method: "POST",
            path: "/v1/images/edits",
            form: { ...fields, image: source, ...(mask?.size ? { mask } : {}) },
          })
        : await send({
            method: "POST",
            path: "/v1/images/generations",
            json: { ...fields, n: Number(fields.n) },
          });
      if (res) showImages((await res.json()) as { data: { url?: string; b64_json?: string }[] }, fields.prompt);
    } finally {
      button.disabled = false;
    }
  });
}

function showImages(result: { data: { url?: string; b64_json?: string }[] }, prompt: string): void {
  const items = result.data.map((image) => {
    const src = image.url ?? `data:image/png;base64,${image.b64_json}`;
    const item = document.createElement("li");
    const img = document.createElement("img");
    img.src = src;
    img.alt = prompt;
    item.append(img);
    if (image.url) {
      const link = document.createElement("a");
      link.href = image.url;
      link.textContent = image.url;
      item.append(link);
    }
    return item;
  });
  $("gallery").prepend(...items);
}
