import { startGateway } from "@wai/test-support/start-gateway";
import type { TestProject } from "vitest/node";

/** One local gateway for every end-to-end file, started as `pnpm dev` starts it, stopped at the end. */
export default async function setup(project: TestProject) {
  const gateway = await startGateway();
  project.provide("gatewayUrl", gateway.url);
  return () => gateway.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    gatewayUrl: string;
  }
}
