/** A PNG as OpenAI's docs describe masks: RGBA, rows given with their filter byte already applied. */
export async function png(
  width: number,
  height: number,
  colorType: number,
  filteredRows: number[][],
): Promise<Uint8Array> {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const chunk = (type: string, data: Uint8Array) => {
    const body = Uint8Array.from([...type].map((c) => c.charCodeAt(0)).concat([...data]));
    let crc = 0xffffffff;
    for (const b of body) crc = (crcTable[(crc ^ b) & 0xff] as number) ^ (crc >>> 8);
    const out = new Uint8Array(8 + body.length);
    new DataView(out.buffer).setUint32(0, data.length);
    out.set(body, 4);
    new DataView(out.buffer).setUint32(4 + body.length, (crc ^ 0xffffffff) >>> 0);
    return out;
  };
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, width);
  new DataView(ihdr.buffer).setUint32(4, height);
  ihdr.set([8, colorType, 0, 0, 0], 8);
  const raw = Uint8Array.from(filteredRows.flat());
  const idat = new Uint8Array(
    await new Response(new Blob([raw]).stream().pipeThrough(new CompressionStream("deflate"))).arrayBuffer(),
  );
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  return new Uint8Array(
    await new Blob([
      Uint8Array.from(sig),
      chunk("IHDR", ihdr),
      chunk("IDAT", idat),
      chunk("IEND", new Uint8Array()),
    ]).arrayBuffer(),
  );
}
