import { send } from "./api.ts";
import { toCues } from "./to-cues.ts";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Audio: transcribe an upload or a recording in any response format (subtitles previewed), and speak text. */
export function setUpAudio(): void {
  let recorded: File | undefined;
  setUpRecorder((file) => {
    recorded = file;
  });
  const form = $<HTMLFormElement>("transcribe-form");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const upload = data.get("file") as File | null;
    const file = upload?.size ? upload : recorded;
    if (!file) {
      $("stt-result").textContent = "Choose an audio file or record one first.";
      return;
    }
    const format = String(data.get("response_format"));
    const path = data.get("translate") ? "/v1/audio/translations" : "/v1/audio/transcriptions";
    const res = await send({
      method: "POST",
      path,
      form: { file, model: String(data.get("model")), response_format: format },
    });
    $("stt-cues").replaceChildren();
    if (!res) return;
    const text = await res.text();
    $("stt-result").textContent = format.endsWith("json") ? JSON.stringify(JSON.parse(text), null, 2) : text;
    if (format === "srt" || format === "vtt") showCues(text);
  });

  const speech = $<HTMLFormElement>("speech-form");
  speech.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = new FormData(speech);
    const json = { model: data.get("model"), voice: data.get("voice"), input: data.get("input") };
    const res = await send({ method: "POST", path: "/v1/audio/speech", json });
    if (!res) return;
    const audio = $<HTMLAudioElement>("tts-audio");
    const captions = $<HTMLTrackElement>("tts-captions");
    URL.revokeObjectURL(audio.src);
    URL.revokeObjectURL(captions.src);
    // Its captions are the text it speaks, as one cue.
    captions.src = URL.createObjectURL(
      new Blob([`WEBVTT\n\n00:00.000 --> 99:59:59.000\n${String(json.input).replaceAll("-->", "->")}\n`], {
        type: "text/vtt",
      }),
    );
    audio.src = URL.createObjectURL(await res.blob());
    await audio.play().catch(() => undefined);
  });
}

function showCues(subtitles: string): void {
  $("stt-cues").replaceChildren(
    ...toCues(subtitles).map((cue) => {
      const item = document.createElement("li");
      const time = document.createElement("time");
      time.textContent = `${cue.start} → ${cue.end}`;
      item.append(time, cue.text);
      return item;
    }),
  );
}

/** Record from the microphone (where the browser offers one): press once to start, again to stop. */
function setUpRecorder(onRecorded: (file: File) => void): void {
  const button = $<HTMLButtonElement>("stt-record");
  if (!navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === "undefined") {
    button.disabled = true;
    button.title = "This browser cannot record here (recording needs https or localhost)";
    return;
  }
  let recorder: MediaRecorder | undefined;
  button.addEventListener("click", async () => {
    if (recorder) {
      recorder.stop();
      return;
    }
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (error) {
      $("stt-recorded").textContent = `No microphone: ${(error as Error).message}`;
      return;
    }
    const parts: Blob[] = [];
    recorder = new MediaRecorder(stream);
    recorder.ondataavailable = (e) => parts.push(e.data);
    recorder.onstop = () => {
      for (const track of stream.getTracks()) track.stop();
      const type = recorder?.mimeType || "audio/webm";
      onRecorded(new File(parts, "recording.webm", { type }));
      $("stt-recorded").textContent = "Recorded: it is sent when no file is chosen.";
      button.textContent = "Record";
      recorder = undefined;
    };
    recorder.start();
    button.textContent = "Stop recording";
    $("stt-recorded").textContent = "Recording…";
  });
}
