const encoder = new TextEncoder();
/** Bytes per slab: a short answer's whole stream; a longer one takes a new slab every few dozen events. */
const SLAB_BYTES = 8192;

/**
 * UTF-8 for the chunks of one stream, each written into the free end of a shared buffer (a slab) and handed
 * out as a view of it. In workerd, allocating each chunk's `Uint8Array` (what `TextEncoder.encode` does) costs
 * about 5 µs, more than the rest of mapping an event; a slab is allocated once per 8 KiB of output. Views are
 * never written again. A slab a consumer detached (transferred) is replaced. One per stream, so a buffer never
 * holds two requests' bytes.
 */
export class SlabEncoder {
  #slab = new Uint8Array(0);
  #at = 0;

  encode(text: string): Uint8Array {
    const most = text.length * 3; // UTF-8 bytes per UTF-16 unit, at most
    if (most > this.#slab.length - this.#at) {
      this.#slab = new Uint8Array(Math.max(SLAB_BYTES, most));
      this.#at = 0;
    }
    const start = this.#at;
    const { written } = encoder.encodeInto(text, this.#slab.subarray(start));
    this.#at = start + written;
    return this.#slab.subarray(start, this.#at);
  }
}
