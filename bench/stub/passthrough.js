// The baseline: a worker that calls the same stub with the request's JSON and returns what comes back,
// translating nothing. A benchmark's "own code" cost is the gateway's CPU minus this one's.
export default {
  async fetch(request, env) {
    if (request.method !== "POST") return new Response("ok");
    const body = await request.json();
    const { model, ...inputs } = body;
    const out = await env.AI.run(model, inputs);
    if (out instanceof ReadableStream) return new Response(out, { headers: { "content-type": "text/event-stream" } });
    return Response.json(out);
  },
};
