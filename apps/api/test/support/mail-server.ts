import { type ParsedMail, simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on loopback that keeps every message it receives, parsed. */
export class MailServer {
  readonly received: ParsedMail[] = [];
  /** Runs after a message has arrived and before the sender is told it was accepted. */
  beforeAccepting: ((mail: ParsedMail) => Promise<void>) | undefined;
  private readonly waiters: (() => void)[] = [];

  private constructor(private readonly server: SMTPServer) {}

  static async start(): Promise<MailServer> {
    let mailServer: MailServer | undefined;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then(async (mail) => {
            mailServer!.received.push(mail);
            mailServer!.waiters.splice(0).forEach((wake) => wake());
            await mailServer!.beforeAccepting?.(mail);
            callback();
          })
          .catch(callback);
      },
    });
    mailServer = new MailServer(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return mailServer;
  }

  get url(): string {
    const { port } = this.server.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${port}`;
  }

  /** Resolves once `count` messages in all have arrived (or fails after a while). */
  async waitFor(count: number, timeoutMs = 10_000): Promise<ParsedMail[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} messages, received ${this.received.length}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
    return this.received;
  }

  /** Forgets what was received so far. */
  clear(): void {
    this.received.length = 0;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
