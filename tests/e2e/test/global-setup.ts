import type { TestProject } from "vitest/node";
import { startLocalGateway } from "./local-gateway.ts";

/** One local gateway for every end-to-end file, started as `npm run dev` starts it, stopped at the end. */
export default async function setup(project: TestProject) {
  const gateway = await startLocalGateway();
  project.provide("gatewayUrl", gateway.url);
  return () => gateway.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    gatewayUrl: string;
  }
}
