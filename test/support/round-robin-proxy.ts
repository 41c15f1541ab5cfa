import { createServer, request as forward } from 'node:http';

/**
 * A small HTTP load balancer for tests: each request goes to the next instance in turn. An
 * instance that refuses a connection is taken out of the turn (as a load balancer's health check
 * would); the request that found it dead gets 502, which a tablet treats as "send again later".
 */
export async function roundRobinProxy(upstreams: string[]) {
  const isDown = new Set<string>();
  let next = 0;
  const pick = () => {
    for (let tries = 0; tries < upstreams.length; tries += 1) {
      const upstream = upstreams[next++ % upstreams.length]!;
      if (!isDown.has(upstream)) return upstream;
    }
    return undefined;
  };
  const sentTo: string[] = [];
  const server = createServer((incoming, outgoing) => {
    const upstream = pick();
    if (!upstream) {
      outgoing.writeHead(503).end();
      return;
    }
    sentTo.push(upstream);
    const target = new URL(incoming.url ?? '/', upstream);
    const proxied = forward(
      target,
      { method: incoming.method, headers: { ...incoming.headers, host: target.host } },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    proxied.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNREFUSED') isDown.add(upstream);
      if (!outgoing.headersSent) outgoing.writeHead(502).end();
      else outgoing.destroy();
    });
    incoming.pipe(proxied);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address !== 'object') throw new Error('proxy has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    /** Which instance each request went to, in order. */
    sentTo,
    /** Take an instance out of the turn (it is being killed). */
    markDown: (upstream: string) => isDown.add(upstream),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
