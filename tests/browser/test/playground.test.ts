import { join } from "node:path";
import { makeWav } from "@wai/emulator/wav";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openBrowser, SCREENSHOTS } from "./open-browser.ts";

const GATEWAY_URL = inject("gatewayUrl");
let browser: Browser;
let page: Page;

const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

beforeAll(async () => {
  browser = await openBrowser();
  page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(`${GATEWAY_URL}/`);
  // A person's first step: type the key once, save it.
  await page.getByLabel("API key").fill("sk-local-dev");
  await page.getByRole("button", { name: "Save key" }).click();
  await page.waitForFunction(() => document.querySelectorAll("#chat-model option").length > 3);
});
afterAll(() => browser?.close());

describe("the playground at / on the local gateway, in Chromium", () => {
  it("shows a tab for each part of the gateway, reachable by keyboard", async () => {
    const tabs = page.getByRole("tab");
    expect(await tabs.allTextContents()).toEqual(["Chat", "Images", "Audio", "Translate"]);
    await page.getByRole("tab", { name: "Chat" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Images");
    expect(await page.getByRole("tabpanel", { name: "Images" }).isVisible()).toBe(true);
    await page.keyboard.press("End");
    expect(await page.getByRole("tabpanel", { name: "Translate" }).isVisible()).toBe(true);
    await page.keyboard.press("Home");
    expect(await page.getByRole("tabpanel", { name: "Chat" }).isVisible()).toBe(true);
  });

  it("streams a chat answer: text appears before the stream ends, and Stop ends it", async () => {
    await page.getByRole("tab", { name: "Chat" }).click();
    await page.getByLabel("Model", { exact: true }).first().selectOption("@cf/meta/llama-3.1-8b-instruct-fast");
    await page.getByLabel("Message", { exact: true }).fill("Say hello to the playground #fault:slow-stream");
    await page.getByRole("button", { name: "Send" }).click();
    const answer = page.locator("#chat-answer");
    // The stop button is enabled while the stream runs, and text is already there.
    await expect.poll(() => answer.textContent()).toMatch(/\S/);
    expect(await page.getByRole("button", { name: "Stop" }).isEnabled()).toBe(true);
    const partial = (await answer.textContent()) ?? "";
    await expect.poll(() => page.getByRole("button", { name: "Stop" }).isEnabled(), { timeout: 20_000 }).toBe(false);
    const full = (await answer.textContent()) ?? "";
    expect(full.startsWith(partial)).toBe(true);
    expect(full.length).toBeGreaterThan(partial.length);
    expect(full).toContain("[emulated @cf/meta/llama-3.1-8b-instruct-fast]");
    expect(await page.locator("#curl").textContent()).toMatch(/^curl -X POST '.*\/v1\/chat\/completions'/);
    await shot("chat");

    await page.getByRole("button", { name: "Send" }).click();
    await expect.poll(() => answer.textContent()).toMatch(/\S/);
    await page.getByRole("button", { name: "Stop" }).click();
    await expect.poll(() => page.getByRole("button", { name: "Stop" }).isEnabled()).toBe(false);
    expect(await answer.textContent()).not.toBe(full);
  });

  it("shows tool calls, and an error as the API returns it", async () => {
    await page.getByLabel("Message", { exact: true }).fill("What is the weather in Paris?");
    await page.getByLabel(/Offer a tool/).check();
    await page.getByLabel("Model", { exact: true }).first().selectOption("@cf/meta/llama-3.3-70b-instruct-fp8-fast");
    await page.getByRole("button", { name: "Send" }).click();
    await expect.poll(() => page.locator(".tool-call").first().textContent()).toMatch(/get_weather\(\{.*\}\)/);
    await page.getByLabel(/Offer a tool/).uncheck();

    await page.getByLabel("Message", { exact: true }).fill("Too busy #fault:3040");
    await page.getByRole("button", { name: "Send" }).click();
    const error = page.getByRole("alert");
    await expect.poll(() => error.textContent()).toMatch(/HTTP 429/);
    expect(await error.textContent()).toContain('"type":"rate_limit_exceeded"');
  });

  it("generates images, renders them and lists their stored URLs", async () => {
    await page.getByRole("tab", { name: "Images" }).click();
    await page.getByLabel("Model", { exact: true }).nth(1).selectOption("@cf/stabilityai/stable-diffusion-xl-base-1.0");
    await page.getByLabel("Prompt").fill("a lighthouse at dusk");
    await page.getByLabel("Size").selectOption("512x512");
    await page.getByLabel("Number of images").fill("2");
    await page.getByRole("button", { name: "Generate" }).click();
    const images = page.locator("#gallery img");
    await expect.poll(() => images.count(), { timeout: 20_000 }).toBe(2);
    await expect
      .poll(() => images.first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    expect(await page.locator("#gallery a").first().getAttribute("href")).toMatch(/\/file\/[\w.-]+$/);
    await shot("images");
  });

  it("edits an image with a mask (multipart), shown in the gallery", async () => {
    const source = await (await fetch((await page.locator("#gallery a").first().getAttribute("href")) ?? "")).bytes();
    await page
      .getByLabel("Model", { exact: true })
      .nth(1)
      .selectOption("@cf/runwayml/stable-diffusion-v1-5-inpainting");
    await page
      .getByLabel("Image to edit")
      .setInputFiles({ name: "source.png", mimeType: "image/png", buffer: Buffer.from(source) });
    await page
      .getByLabel(/^Mask/)
      .setInputFiles({ name: "mask.png", mimeType: "image/png", buffer: Buffer.from(source) });
    await page.getByLabel("Number of images").fill("1");
    await page.getByRole("button", { name: "Generate" }).click();
    await expect.poll(() => page.locator("#gallery img").count(), { timeout: 20_000 }).toBe(3);
    expect(await page.locator("#curl").textContent()).toContain("-F 'mask=@mask.png'");
  });

  it("transcribes an upload in every response format, with a preview of SRT and VTT cues", async () => {
    await page.getByRole("tab", { name: "Audio" }).click();
    const wav = Buffer.from(makeWav(96_000));
    await page.getByLabel("Audio file").setInputFiles({ name: "talk.wav", mimeType: "audio/wav", buffer: wav });
    const expected: Record<string, RegExp> = {
      json: /^\{\n {2}"text": "\[emulated transcription\]/,
      text: /^\[emulated transcription\] \S/,
      srt: /^1\n00:00:00,\d{3} --> 00:00:0\d,\d{3}\n\[emulated/,
      vtt: /^WEBVTT\n\n00:00(:00)?\.\d{3} --> /,
      verbose_json: /"task": "transcribe",[\s\S]*"segments": \[/,
    };
    for (const [format, shape] of Object.entries(expected)) {
      await page.getByLabel("Response format").selectOption(format);
      await page.getByRole("button", { name: "Transcribe" }).click();
      await expect
        .poll(() => page.locator("#stt-result").textContent(), { message: format, timeout: 20_000 })
        .toMatch(shape);
      const cues = await page.locator("#stt-cues li").allTextContents();
      if (format === "srt" || format === "vtt") expect(cues[0]).toMatch(/^00:00[:.,\d]+ → 00:00[:.,\d]+\[emulated/);
      else expect(cues).toEqual([]);
      if (format === "vtt") await shot("audio");
    }
  });

  it("speaks typed text, and the audio plays", async () => {
    await page.getByLabel("Text to speak").fill("Hello from the playground.");
    await page.getByRole("button", { name: "Speak" }).click();
    await expect
      .poll(() => page.locator("#tts-audio").evaluate((audio: HTMLAudioElement) => audio.duration), { timeout: 20_000 })
      .toBeGreaterThan(0);
  });

  it("translates with DeepLX and with DeepL, showing the detected source language", async () => {
    await page.getByRole("tab", { name: "Translate" }).click();
    await page.getByLabel("Text to translate").fill("The weather is lovely today, and the river is calm.");
    await page.getByRole("button", { name: "Translate" }).click();
    await expect.poll(() => page.locator("#tr-result").textContent()).toMatch(/\S/);
    expect(await page.locator("#tr-detected").textContent()).toBe("Detected source: EN");
    expect(await page.locator("#curl").textContent()).toContain("/translate'");
    await page.getByLabel("Protocol").selectOption("deepl");
    await page.getByRole("button", { name: "Translate" }).click();
    await expect.poll(() => page.locator("#curl").textContent()).toContain("DeepL-Auth-Key");
    await expect.poll(() => page.locator("#tr-detected").textContent()).toBe("Detected source: EN");
    expect(await page.locator("#tr-result").textContent()).toMatch(/\S/);
    await shot("translate");
  });

  it("is readable at phone width: nothing wider than the screen", async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByRole("tab", { name: "Chat" }).click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot("phone");
  });
});
