import { isInfrastructureUnavailable } from './processing-errors';

describe('isInfrastructureUnavailable', () => {
  it.each([
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    ],
    [
      'PostgreSQL shutting down (57P01)',
      Object.assign(new Error('terminating connection'), { code: '57P01' }),
    ],
    [
      'PostgreSQL connection failure (08006)',
      Object.assign(new Error('connection failure'), { code: '08006' }),
    ],
    [
      'too many connections (53300)',
      Object.assign(new Error('too many clients'), { code: '53300' }),
    ],
    ['a dropped pool connection', new Error('Connection terminated unexpectedly')],
  ])('is true for %s: Kafka redelivers later', (_label, error) => {
    expect(isInfrastructureUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation (23505)', Object.assign(new Error('duplicate key'), { code: '23505' })],
    ['a plain bug', new TypeError('cannot read properties of undefined')],
    ['a non-error value', 'boom'],
  ])('is false for %s: the message is dead-lettered', (_label, error) => {
    expect(isInfrastructureUnavailable(error)).toBe(false);
  });
});
