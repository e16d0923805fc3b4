import { showError } from "./api.ts";
import { setUpAudio } from "./audio.ts";
import { setUpChat } from "./chat.ts";
import { fillModels } from "./fill-models.ts";
import { setUpImages } from "./images.ts";
import { readKey, saveKey } from "./key.ts";
import { setUpTabs } from "./tabs.ts";
import { setUpTranslate } from "./translate.ts";

/**
 * The playground: this deployment's `/openapi.json` says which tabs to show (the router serves them all, a
 * worker alone its own), `/v1/models` fills the pickers once a key is saved.
 */
async function main(): Promise<void> {
  const docRes = await fetch("openapi.json");
  if (!docRes.ok) return showError(`openapi.json: HTTP ${docRes.status}\n${await docRes.text()}`);
  const doc = await docRes.json();
  setUpTabs(new Set(Object.keys(doc.paths)));
  setUpChat();
  setUpImages();
  setUpAudio();
  setUpTranslate();
  const keyInput = document.getElementById("key") as HTMLInputElement;
  const state = document.getElementById("key-state") as HTMLOutputElement;
  keyInput.value = readKey();
  const refresh = async () => {
    state.textContent = readKey() ? "Key saved in this browser." : "Enter your key to start.";
    if (readKey()) await fillModels(doc);
  };
  document.getElementById("key-form")?.addEventListener("submit", (event) => {
    event.preventDefault();
    saveKey(keyInput.value);
    void refresh();
  });
  await refresh();
  document.body.dataset.ready = "true";
}

void main();
