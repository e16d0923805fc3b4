// An instant stand-in for Workers AI, for CPU benchmarks only (answers in `run.js`).
// It takes the emulator's name and entrypoint, so the apps' `local` environments bind it unchanged.
import { WorkerEntrypoint } from "cloudflare:workers";
import { runStub } from "./run.js";

export class WorkersAiEmulator extends WorkerEntrypoint {
  run(model, inputs) {
    return runStub(model, inputs);
  }
}

export default {
  fetch() {
    return new Response("benchmark stub for Workers AI");
  },
};
