import { workerTestConfig } from "../../vitest.workers.ts";

export default workerTestConfig();
