/** Free TCP ports on 127.0.0.1 for the servers tests start. */
import { createServer } from "node:net";

/**
 * `count` distinct TCP ports on 127.0.0.1 that were free a moment ago: held open together (so they
 * differ), then released for the caller's servers.
 */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
          const server = createServer();
          server.once("error", reject);
          server.listen(0, "127.0.0.1", () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((s) => {
    const address = s.address();
    if (address === null || typeof address === "string") throw new Error("no TCP address");
    return address.port;
  });
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

/**
 * A TCP port on 127.0.0.1 that was free a moment ago: for a server the test starts, or, left
 * unused, for an "unreachable" server nothing answers on.
 */
export async function freePort(): Promise<number> {
  const [port] = await freePorts(1);
  if (port === undefined) throw new Error("no free port");
  return port;
}
