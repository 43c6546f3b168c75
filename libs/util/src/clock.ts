/** The one way code reads the time, so tests and rules can pass their own `now`. */
export abstract class Clock {
  abstract now(): Date;
}

/** Wall-clock time of this machine. */
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
