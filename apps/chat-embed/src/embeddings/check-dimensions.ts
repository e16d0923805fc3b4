import type { Model } from "@wai/catalog";
import { ApiError } from "@wai/core";

/**
 * `dimensions`: Workers AI's embedding models have one fixed size and cannot shorten vectors, so only that size
 * is accepted; any other is a 400 naming it (a silently longer vector would break the client's index).
 */
export function checkDimensions(model: Model, dimensions: number | null | undefined): void {
  if (dimensions === undefined || dimensions === null || dimensions === model.limits.dimensions) return;
  throw new ApiError({
    status: 400,
    code: "unsupported_parameter",
    param: "dimensions",
    message: `The model \`${model.id}\` makes ${model.limits.dimensions ?? "fixed-size"}-dimensional vectors and cannot shorten them: leave dimensions out or set it to ${model.limits.dimensions}.`,
  });
}
