// The instant Workers AI stand-in's answers, for CPU benchmarks only: canned outputs in Workers AI's shapes,
// built once per isolate, so the CPU a benchmark measures is the gateway's and not the emulator's. Shared by the
// stub worker (`index.js`, bound as `AI` over a service binding) and the in-process benchmark (`bench/inproc`),
// which calls it directly. Stream chunks are copied per call, as a binding hands over fresh buffers.
const encoder = new TextEncoder();
const WORDS = "The quick brown fox jumps over the lazy dog and keeps running".split(" ");
const usage = { prompt_tokens: 12, completion_tokens: WORDS.length, total_tokens: 12 + WORDS.length };
const LEGACY_EVENTS = [
  ...WORDS.map((w, i) => encoder.encode(`data: {"response":"${i ? " " : ""}${w}","p":"abcdefgh"}\n\n`)),
  encoder.encode(`data: {"response":"","usage":${JSON.stringify(usage)}}\n\n`),
  encoder.encode("data: [DONE]\n\n"),
];
// A `<think>`-tag reasoning model (qwq, deepseek-r1-distill): thinking first, then the answer, in the same
// number of events as the plain stream plus the two tags.
const THINKING = "Let me think about the quick brown fox before I answer".split(" ");
const THINK_EVENTS = [
  ...[
    "<think>",
    ...THINKING.map((w, i) => (i ? " " : "") + w),
    "</think>",
    ...WORDS.map((w, i) => (i ? " " : "") + w),
  ].map((text) => encoder.encode(`data: {"response":${JSON.stringify(text)},"p":"abcdefgh"}\n\n`)),
  encoder.encode(`data: {"response":"","usage":${JSON.stringify(usage)}}\n\n`),
  encoder.encode("data: [DONE]\n\n"),
];
const CHUNK = (delta, finish) =>
  JSON.stringify({
    id: "chatcmpl-stub",
    object: "chat.completion.chunk",
    created: 1764201600,
    model: "stub",
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
  });
const OPENAI_EVENTS = [
  encoder.encode(`data: ${CHUNK({ role: "assistant", content: "" }, null)}\n\n`),
  ...WORDS.map((w, i) => encoder.encode(`data: ${CHUNK({ content: (i ? " " : "") + w }, null)}\n\n`)),
  encoder.encode(`data: ${CHUNK({}, "stop")}\n\n`),
  encoder.encode(`data: {"response":"","usage":${JSON.stringify(usage)}}\n\n`),
  encoder.encode("data: [DONE]\n\n"),
];
const VECTORS = new Map();
const vector = (dims) => {
  if (!VECTORS.has(dims))
    VECTORS.set(
      dims,
      Array.from({ length: dims }, (_, i) => Math.sin(i) / Math.sqrt(dims / 2)),
    );
  return VECTORS.get(dims);
};
// 1×1 PNG.
const PNG = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC"),
  (c) => c.charCodeAt(0),
);

let translationCalls = 0;

const streamOf = (chunks) =>
  new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk.slice());
      controller.close();
    },
  });

export async function runStub(model, inputs) {
  const chatCompletions = /glm|kimi|gpt-oss|nemotron|gemma-4/.test(model);
  const thinks = /qwq|deepseek-r1/.test(model);
  if (inputs.messages || inputs.prompt !== undefined) {
    if (/stable-diffusion|dreamshaper|flux|phoenix|lucid/.test(model)) return streamOf([PNG]);
    if (inputs.stream) return streamOf(chatCompletions ? OPENAI_EVENTS : thinks ? THINK_EVENTS : LEGACY_EVENTS);
    if (chatCompletions) {
      return {
        id: "chatcmpl-stub",
        object: "chat.completion",
        created: 1764201600,
        model,
        choices: [{ index: 0, message: { role: "assistant", content: WORDS.join(" ") }, finish_reason: "stop" }],
        usage,
      };
    }
    if (thinks) return { response: `<think>${THINKING.join(" ")}</think>${WORDS.join(" ")}`, usage };
    return { response: WORDS.join(" "), usage };
  }
  // m2m100: the running count of translation calls rides at the end of the text, so a benchmark can count
  // upstream calls from the answers (the largest number seen) without a side channel (bench/translate.mjs).
  if (inputs.target_lang) {
    translationCalls++;
    return { translated_text: `[${inputs.target_lang}] ${inputs.text} #${translationCalls}` };
  }
  // Speech recognition: the audio is read to its end, as Workers AI would (a `{body, contentType}` stream or a
  // base64 string), then a turbo-shaped answer with one segment (bench/whisper.mjs); whisper-only fields are extra.
  if (inputs.audio) {
    let bytes = typeof inputs.audio === "string" ? Math.floor((inputs.audio.length * 3) / 4) : 0;
    if (inputs.audio.body instanceof ReadableStream)
      for await (const chunk of inputs.audio.body) bytes += chunk.byteLength;
    const duration = bytes / 32000;
    const words = WORDS.map((word, i) => ({ word, start: i * 0.5, end: i * 0.5 + 0.4 }));
    return {
      text: WORDS.join(" "),
      word_count: WORDS.length,
      words,
      transcription_info: { language: "en", language_probability: 1, duration, duration_after_vad: duration },
      segments: [
        {
          start: 0,
          end: duration,
          text: ` ${WORDS.join(" ")}`,
          temperature: 0,
          avg_logprob: -0.2,
          compression_ratio: 1.2,
          no_speech_prob: 0.01,
          words,
        },
      ],
    };
  }
  const texts = [].concat(inputs.text ?? inputs.documents ?? inputs.queries ?? []);
  const dims = /small/.test(model) ? 384 : /base|gemma/.test(model) ? 768 : 1024;
  return { shape: [texts.length, dims], data: texts.map(() => vector(dims)), pooling: "mean" };
}
