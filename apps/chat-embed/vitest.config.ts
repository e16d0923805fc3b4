import { COMPATIBILITY_DATE, workerTestConfig } from "../../vitest.workers.ts";

// `IMAGE` (wai-image-local) is a probe that reports what chat-embed handed it (test/fixtures/image-probe.js).
export default workerTestConfig([
  {
    name: "wai-image-local",
    modules: true,
    rootPath: "./test/fixtures",
    scriptPath: "image-probe.js",
    compatibilityDate: COMPATIBILITY_DATE,
  },
]);
