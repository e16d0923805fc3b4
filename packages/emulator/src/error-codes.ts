/** Workers AI internal codes the emulator can produce, with their texts (reference §1.4) and REST HTTP statuses. */
export const ERROR_CODES: Record<number, { status: number; description: string }> = {
  3003: { status: 400, description: "Request is missing headers or body" },
  3006: { status: 413, description: "Request is too large" },
  3007: { status: 408, description: "Request timeout" },
  3008: { status: 408, description: "Request aborted" },
  3036: {
    status: 429,
    description:
      "You have used up your daily free allocation of 10,000 neurons, please upgrade to Cloudflare's Workers Paid plan if you would like to continue usage.",
  },
  3040: { status: 429, description: "Capacity temporarily exceeded, please try again." },
  3042: { status: 404, description: "The model name is invalid" },
  3046: { status: 408, description: "Request timeout" },
  4006: {
    status: 429,
    description:
      "you have used up your daily free allocation of 10,000 neurons, please upgrade to Cloudflare's Workers Paid plan if you would like to continue usage.",
  },
  5004: { status: 400, description: "Invalid data type for base64 input" },
  5006: { status: 400, description: "Bad input: Error: emulated bad input (#fault:5006)" },
  5007: { status: 400, description: "No such model or task" },
  5016: { status: 403, description: "User has not agreed to Llama3.2 model terms" },
  5021: {
    status: 413,
    description:
      "The estimated number of input and maximum output tokens (999999) exceeded this model context window limit (8192)",
  },
  8007: { status: 400, description: "Input prompt contains NSFW content" },
};

/** The HTTP status the REST API answers a code with (500 for codes it does not list). */
export function httpStatusOf(code: number): number {
  return ERROR_CODES[code]?.status ?? 500;
}
