import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { once } from 'node:events';

export interface GatewayCall {
  readonly headers: IncomingHttpHeaders;
  readonly body: Record<string, unknown>;
}

/**
 * A real HTTP server on loopback standing in for the county's SMS provider: it records each
 * call and answers with whatever status the test sets.
 */
export class StubGateway {
  readonly calls: GatewayCall[] = [];
  /** The status of the next answers; 200 answers `{ messageId }`. */
  status = 200;
  private readonly server: Server;

  private constructor() {
    this.server = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      req.on('end', () => {
        this.calls.push({ headers: req.headers, body: JSON.parse(raw) as Record<string, unknown> });
        res.writeHead(this.status, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify(
            this.status === 200 ? { messageId: `sms-${this.calls.length}` } : { error: 'busy' },
          ),
        );
      });
    });
  }

  static async start(): Promise<StubGateway> {
    const gateway = new StubGateway();
    gateway.server.listen(0, '127.0.0.1');
    await once(gateway.server, 'listening');
    return gateway;
  }

  url(): string {
    const { port } = this.server.address() as { port: number };
    return `http://127.0.0.1:${port}/sms/send`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
