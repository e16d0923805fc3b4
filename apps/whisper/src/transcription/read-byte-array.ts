/**
 * The bytes of a stream as `number[]` (each 0–255), the input whisper and whisper-tiny-en document. Built the
 * cheapest way measured (`bench/whisper.mjs`): one array allocated at the expected size and filled from the
 * chunks as they arrive, so there is no whole-file `Uint8Array` beside it and no growth by copying (`Array.from`
 * or `[...bytes]` cost 2–3× more memory and 5–10× more time). Still about 8 bytes per element in V8 (4 with
 * pointer compression), which is why those models have a size cap. A stream longer than `size` grows the array;
 * a shorter one trims it.
 */
export async function readByteArray(stream: ReadableStream<Uint8Array>, size: number): Promise<number[]> {
  const bytes: number[] = new Array(size);
  let at = 0;
  for await (const chunk of stream) {
    for (let i = 0; i < chunk.length; i++) bytes[at++] = chunk[i] as number;
  }
  bytes.length = at;
  return bytes;
}
