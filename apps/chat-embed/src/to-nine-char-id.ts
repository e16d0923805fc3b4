const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** 9 letters and digits derived from `id`: the only tool-call id llama-4-scout and mistral-small accept. */
export function toNineCharId(id: string): string {
  if (/^[a-zA-Z0-9]{9}$/.test(id)) return id;
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  let out = "";
  for (let i = 0; i < 9; i++) {
    const h = i < 5 ? h1 : h2;
    out += ALPHABET[(h >>> ((i % 5) * 6)) % 62];
  }
  return out;
}
