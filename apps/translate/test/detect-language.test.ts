import { describe, expect, it } from "vitest";
import { detectLanguage } from "../src/languages/detect-language.ts";

describe("detectLanguage on short paragraphs", () => {
  it.each([
    ["zh", "今天天气很好，我们去公园散步吧。"],
    ["zh", "这个问题需要仔细考虑。"],
    ["ja", "今日はいい天気ですね。明日は公園に行きましょう。"],
    ["ja", "ありがとうございます"],
    ["ko", "오늘 날씨가 좋네요. 내일 공원에 갑시다."],
    ["ko", "감사합니다"],
    ["ru", "Сегодня хорошая погода. Давайте пойдём в парк."],
    ["ru", "Спасибо большое"],
    ["uk", "Сьогодні гарна погода, дякую за все."],
    ["de", "Heute ist das Wetter schön."],
    ["de", "Vielen Dank für Ihre Hilfe."],
    ["fr", "Il fait beau aujourd'hui."],
    ["fr", "Merci beaucoup pour votre aide."],
    ["ar", "الطقس جميل اليوم."],
    ["ar", "شكرا جزيلا"],
    ["en", "The weather is nice today."],
    ["es", "Muchas gracias por tu ayuda."],
  ])("%s: %s", (expected, text) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it.each(["Hola", "Hello", "12345", ""])("cannot tell %j, and says so instead of guessing English", (text) => {
    expect(detectLanguage(text)).toBeUndefined();
  });
});
