import { exports } from "cloudflare:workers";
import { it } from "vitest";
it("probe", async () => {
  const ai = (exports as any).WorkersAiEmulator;
  try { console.log(JSON.stringify(await ai.run("x", { prompt: "a" }, { signal: new AbortController().signal }))); } catch (e: any) { console.log("signal:", e.name, e.message); }
  try { console.log(JSON.stringify(await ai.run("x", { prompt: "a" }, { signal: AbortSignal.timeout(1000) }))); } catch (e: any) { console.log("signal2:", e.name, e.message); }
  try { console.log(JSON.stringify(await ai.run("x", { prompt: "a", u: undefined, f: new Float32Array(2) }))); } catch (e: any) { console.log("undef:", e.name, e.message); }
});
