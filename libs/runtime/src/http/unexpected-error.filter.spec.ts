import { QueryFailedError } from 'typeorm';
import { describeSafely } from './unexpected-error.filter';

describe('describeSafely', () => {
  it('tells the log where a query failed, never its parameters, values or detail', () => {
    const driverError = Object.assign(
      new Error('duplicate key value violates unique constraint "UQ_application_id_number"'),
      {
        code: '23505',
        table: 'application',
        constraint: 'UQ_application_id_number',
        detail: 'Key (id_number)=(11010519491231002X) already exists.',
      },
    );
    const failed = new QueryFailedError(
      'INSERT INTO "intake"."application" ("name", "id_number", "phone") VALUES ($1, $2, $3)',
      ['张三', '11010519491231002X', '13800138000'],
      driverError,
    );
    const logged = describeSafely(failed);
    expect(logged).toMatchObject({
      type: 'QueryFailedError',
      sqlState: '23505',
      table: 'application',
      constraint: 'UQ_application_id_number',
    });
    expect(JSON.stringify(logged)).not.toMatch(/张三|11010519491231002X|13800138000|Key \(/);
  });

  it('masks quoted values a PostgreSQL message repeats', () => {
    const failed = new QueryFailedError('SELECT $1::int', ['13800138000'], {
      ...new Error('invalid input syntax for type integer: "13800138000"'),
      message: 'invalid input syntax for type integer: "13800138000"',
      toString: () => 'error: invalid input syntax for type integer: "13800138000"',
    } as unknown as Error);
    expect(JSON.stringify(describeSafely(failed))).not.toContain('13800138000');
  });

  it('keeps the message and stack of any other error', () => {
    const logged = describeSafely(new TypeError('cannot read x of undefined'));
    expect(logged).toMatchObject({ type: 'TypeError', message: 'cannot read x of undefined' });
    expect(logged['stack']).toContain('unexpected-error.filter.spec');
    expect(describeSafely('thrown string')).toEqual({ type: 'string' });
  });
});
