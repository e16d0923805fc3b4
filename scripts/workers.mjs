// The workers of the gateway, in the order `wrangler dev` takes their configs (the first gets the port)
// and the order they deploy in reverse (workers before the router, whose service bindings need them).
export const WORKERS = [
  { name: "router", config: "apps/router/wrangler.jsonc" },
  { name: "chat-embed", config: "apps/chat-embed/wrangler.jsonc" },
  { name: "image", config: "apps/image/wrangler.jsonc" },
  { name: "whisper", config: "apps/whisper/wrangler.jsonc" },
  { name: "translate", config: "apps/translate/wrangler.jsonc" },
];
export const EMULATOR = { name: "emulator", config: "packages/emulator/wrangler.jsonc" };
