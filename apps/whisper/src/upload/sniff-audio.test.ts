import { describe, expect, it } from "vitest";
import { sniffAudio } from "./sniff-audio.ts";

const from = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe("sniffAudio", () => {
  it.each([
    ["an ID3-tagged MP3", from("ID3", [4, 0, 0, 0, 0, 0, 0]), "audio/mpeg"],
    ["a bare MPEG frame", from([0xff, 0xfb, 0x90, 0x64]), "audio/mpeg"],
    ["ADTS AAC", from([0xff, 0xf1, 0x50, 0x80]), "audio/aac"],
    ["a WAV", from("RIFF", [0, 0, 0, 0], "WAVEfmt "), "audio/wav"],
    ["FLAC", from("fLaC", [0, 0, 0, 34]), "audio/flac"],
    ["Ogg (opus)", from("OggS", [0, 2]), "audio/ogg"],
    ["WebM", from([0x1a, 0x45, 0xdf, 0xa3, 1]), "audio/webm"],
    ["MP4/M4A", from([0, 0, 0, 32], "ftypM4A "), "audio/mp4"],
  ])("recognises %s", (_, bytes, type) => {
    expect(sniffAudio(bytes)?.mediaType).toBe(type);
  });

  it("says nothing about other bytes", () => {
    expect(sniffAudio(from('{"audio":'))).toBeUndefined();
    expect(sniffAudio(new Uint8Array(0))).toBeUndefined();
  });
});
