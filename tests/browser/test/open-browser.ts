import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";

/** Where the run's screenshots go (gitignored); one of them is docs/playground.png. */
export const SCREENSHOTS = join(import.meta.dirname, "..", "screenshots");

/** Debian's Chromium, headless, offline (`.ci/run` installs it when missing). */
export async function openBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--autoplay-policy=no-user-gesture-required",
    ],
  });
}
