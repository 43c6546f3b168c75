import { LoggerService } from '@nestjs/common';

/** A Nest logger that keeps every line it is given, to check what services would log. */
export class CapturedLogger implements LoggerService {
  private readonly lines: string[] = [];

  log(...args: unknown[]): void {
    this.keep('log', args);
  }
  error(...args: unknown[]): void {
    this.keep('error', args);
  }
  warn(...args: unknown[]): void {
    this.keep('warn', args);
  }
  debug(...args: unknown[]): void {
    this.keep('debug', args);
  }
  verbose(...args: unknown[]): void {
    this.keep('verbose', args);
  }
  fatal(...args: unknown[]): void {
    this.keep('fatal', args);
  }

  /** Everything logged so far, one JSON line per call. */
  output(): string {
    return this.lines.join('\n');
  }

  private keep(level: string, args: unknown[]): void {
    this.lines.push(
      JSON.stringify({ level, args }, (_key, value: unknown) =>
        value instanceof Error ? { name: value.name, message: value.message } : value,
      ),
    );
  }
}
