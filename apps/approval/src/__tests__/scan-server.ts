import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * A stand-in for a residence county's storage misbehaving in ways a real bucket rarely does on
 * demand: answering slowly, or failing before it recovers. Real HTTP over a real socket.
 */
export class ScanServer {
  private handler: Handler = (_request, response) => response.writeHead(404).end();

  private constructor(private readonly server: Server) {
    server.on('request', (request, response) => this.handler(request, response));
  }

  static async start(): Promise<ScanServer> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new ScanServer(server);
  }

  url(path: string): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/${path}`;
  }

  /** Answers each request with the next status in turn, then serves the bytes. */
  failThenServe(statuses: number[], bytes: Buffer): void {
    const pending = [...statuses];
    this.handler = (_request, response) => {
      const status = pending.shift();
      if (status !== undefined) response.writeHead(status).end();
      else response.writeHead(200, { 'content-length': bytes.length }).end(bytes);
    };
  }

  /** Holds every request until `release` is called, then serves the bytes. */
  holdThenServe(bytes: Buffer): { requested: Promise<void>; release: () => void } {
    let release!: () => void;
    let onRequest!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const requested = new Promise<void>((resolve) => (onRequest = resolve));
    this.handler = (_request, response) => {
      onRequest();
      void released.then(() =>
        response.writeHead(200, { 'content-length': bytes.length }).end(bytes),
      );
    };
    return { requested, release };
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
