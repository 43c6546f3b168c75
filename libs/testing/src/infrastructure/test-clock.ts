import { Clock } from '@tongban/util';

/** A clock a test sets and moves, so deadlines and publicity periods pass on demand. */
export class TestClock extends Clock {
  private current: Date;

  constructor(start: Date | string = new Date()) {
    super();
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  /** Moves to a China-time calendar day (at 10:00 local time). */
  setChinaDate(date: string): void {
    this.current = new Date(`${date}T10:00:00+08:00`);
  }

  advanceDays(days: number): void {
    this.current = new Date(this.current.getTime() + days * 86_400_000);
  }
}
