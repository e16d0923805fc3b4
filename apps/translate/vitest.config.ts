import { configDefaults, mergeConfig } from "vitest/config";
import { workerTestConfig } from "../../vitest.workers.ts";

// test-node/ holds the clients that run in Node only (deepl-node): vitest.node.config.ts runs them.
export default mergeConfig(workerTestConfig(), { test: { exclude: [...configDefaults.exclude, "test-node/**"] } });
