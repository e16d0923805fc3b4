/**
 * The value of a top-level string property of a JSON object text, without parsing the rest: strings are
 * skipped with `indexOf`, so a chat body carrying megabytes of base64 images costs a native scan, not a
 * parse. Returns undefined when the key is absent, not a string, or the text is not an object.
 */
export function findTopLevelString(json: string, key: string): string | undefined {
  let depth = 0;
  let expectKey = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const end = stringEnd(json, i);
      if (end < 0) return undefined;
      if (depth === 1 && expectKey) {
        const name = JSON.parse(json.slice(i, end + 1)) as string;
        let j = end + 1;
        while (isSpace(json.charCodeAt(j))) j++;
        if (json.charCodeAt(j) !== 0x3a /* : */) return undefined;
        j++;
        while (isSpace(json.charCodeAt(j))) j++;
        if (name === key) {
          if (json.charCodeAt(j) !== 0x22) return undefined;
          const valueEnd = stringEnd(json, j);
          return valueEnd < 0 ? undefined : (JSON.parse(json.slice(j, valueEnd + 1)) as string);
        }
        expectKey = false;
        i = j - 1;
        continue;
      }
      i = end;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      depth++;
      expectKey = depth === 1 && c === 0x7b;
      if (depth === 1 && c !== 0x7b) return undefined;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth--;
    } else if (c === 0x2c /* , */ && depth === 1) {
      expectKey = true;
    }
  }
  return undefined;
}

/** Index of the quote closing the string that opens at `start`, or -1. */
function stringEnd(text: string, start: number): number {
  let i = start;
  for (;;) {
    i = text.indexOf('"', i + 1);
    if (i < 0) return -1;
    let slashes = 0;
    while (text.charCodeAt(i - 1 - slashes) === 0x5c /* \ */) slashes++;
    if (slashes % 2 === 0) return i;
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
