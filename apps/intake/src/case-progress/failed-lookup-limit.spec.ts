import { FailedLookupLimit } from './failed-lookup-limit';

const T0 = new Date('2026-11-30T02:00:00.000Z');
const after = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

describe('FailedLookupLimit', () => {
  const limit = () => new FailedLookupLimit({ maxFailures: 3, windowMs: 600_000 });

  it('admits as many failed lookups as allowed, then refuses until the window ends', () => {
    const failures = limit();
    for (const second of [0, 10, 20]) {
      expect(failures.begin('32010620261130000001', after(second))).toEqual({ admitted: true });
    }
    expect(failures.begin('32010620261130000001', after(30))).toEqual({
      admitted: false,
      retryAfterSeconds: 570,
    });
    expect(failures.begin('32010620261130000001', after(599.2))).toEqual({
      admitted: false,
      retryAfterSeconds: 1,
    });
    expect(failures.begin('32010620261130000001', after(600))).toEqual({ admitted: true });
  });

  it('counts each key on its own', () => {
    const failures = limit();
    for (let i = 0; i < 3; i++) failures.begin('32010620261130000001', T0);
    expect(failures.begin('32010620261130000001', T0).admitted).toBe(false);
    expect(failures.begin('32010620261130000002', T0).admitted).toBe(true);
  });

  it('forgets the failures of a key once a lookup succeeds', () => {
    const failures = limit();
    failures.begin('32010620261130000001', after(0));
    failures.begin('32010620261130000001', after(1));
    failures.begin('32010620261130000001', after(2));
    failures.succeeded('32010620261130000001');
    for (const second of [3, 4, 5]) {
      expect(failures.begin('32010620261130000001', after(second)).admitted).toBe(true);
    }
    expect(failures.begin('32010620261130000001', after(6)).admitted).toBe(false);
  });

  it('counts a lookup still in flight, so concurrent guesses cannot all slip through', () => {
    const failures = limit();
    const admitted = [1, 2, 3, 4, 5].map(() => failures.begin('32010620261130000001', T0));
    expect(admitted.filter((a) => a.admitted)).toHaveLength(3);
  });

  it('remembers a bounded number of keys, dropping expired windows first', () => {
    const failures = new FailedLookupLimit({ maxFailures: 1, windowMs: 60_000, maxTracked: 3 });
    failures.begin('old', after(0));
    failures.begin('a', after(30));
    failures.begin('b', after(40));
    // "old" has expired by now: it makes room, and the live "a" and "b" stay used up.
    failures.begin('c', after(61));
    expect(failures.tracked).toBe(3);
    expect(failures.begin('a', after(62)).admitted).toBe(false);
    expect(failures.begin('b', after(62)).admitted).toBe(false);
    // Nothing expired: the oldest live key goes.
    failures.begin('d', after(63));
    expect(failures.tracked).toBe(3);
    expect(failures.begin('a', after(64)).admitted).toBe(true);
  });
});
