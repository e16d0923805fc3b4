import { CHAT_CASES } from "./chat-cases.ts";
import { checkModelList } from "./checks/check-model-list.ts";
import { MEDIA_CASES } from "./media-cases.ts";
import type { SmokeCase } from "./smoke-case.ts";
import { TRANSLATE_CASES } from "./translate-cases.ts";

const REQUESTS = [...CHAT_CASES, ...MEDIA_CASES, ...TRANSLATE_CASES];

/** Every request of `pnpm smoke`, in the order of the table; the model list must name every model used. */
export const SMOKE_CASES: SmokeCase[] = [
  {
    model: "(all)",
    route: "GET /v1/models",
    request: () => ({}),
    check: (a) => checkModelList(a, [...new Set(REQUESTS.map((c) => c.model))]),
  },
  ...REQUESTS,
];
