// The plain service-binding hop (bench/run.mjs): forwards every request to the pass-through worker and returns
// its answer, doing nothing else. What a hop costs by itself, for the router's figure to be read against.
export default {
  fetch(request, env) {
    return env.NEXT.fetch(request);
  },
};
