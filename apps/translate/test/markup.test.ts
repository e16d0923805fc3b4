import { describe, expect, it } from "vitest";
import { shieldIgnored } from "../src/markup/shield-ignored.ts";
import { splitRuns } from "../src/markup/split-runs.ts";
import { fromPlaceholders, placeholderSequence, toPlaceholders } from "../src/markup/to-placeholders.ts";
import { tokenizeMarkup } from "../src/markup/tokenize-markup.ts";

const HTML = 'Read <a href="https://x.test/?a=1&amp;b=2" title="a > b">the <b>full</b> guide</a> &amp; enjoy{0}<br>';

describe("markup", () => {
  it("gives placeholders for tag pairs, and single ones for void tags, entities and client placeholders", () => {
    const { text, originals } = toPlaceholders(tokenizeMarkup(HTML, "html"));
    expect(text).toBe("Read <g1>the <g2>full</g2> guide</g1> <g3/> enjoy<g4/><g5/>");
    expect(fromPlaceholders(text, originals)).toBe(HTML);
    expect(placeholderSequence("<g1>x< g2 /></g1>")).toEqual(["<g1>", "<g2/>", "</g1>"]);
  });

  it("makes a tag whose partner is on another line a single placeholder", () => {
    expect(toPlaceholders(tokenizeMarkup("<p>Hello <i>world", "html")).text).toBe("<g1/>Hello <g2/>world");
  });

  it("pairs any tag in xml mode, and html void elements only in html mode", () => {
    expect(toPlaceholders(tokenizeMarkup("<br>x</br>", "xml")).text).toBe("<g1>x</g1>");
    expect(toPlaceholders(tokenizeMarkup("<br>x", "html")).text).toBe("<g1/>x");
  });

  it("splits the words between tags into runs and puts the markup back (m2m100)", () => {
    const runs = splitRuns(tokenizeMarkup(HTML, "html"));
    expect(runs.texts).toEqual(["Read", "the", "full", "guide", "enjoy"]);
    expect(runs.join(runs.texts.map((t) => t.toUpperCase()))).toBe(
      HTML.replace("Read", "READ").replace("the <b>full</b> guide", "THE <b>FULL</b> GUIDE").replace("enjoy", "ENJOY"),
    );
  });

  it("shields ignored elements, even across lines, and script/style in html", () => {
    const text = "Run <code>npm\ni</code> now <script>x()</script>";
    const shielded = shieldIgnored(text, ["code"], "html");
    expect(shielded.text).toBe("Run \uE0000\uE001 now \uE0001\uE001");
    expect(shielded.restore(shielded.text)).toBe(text);
  });
});
