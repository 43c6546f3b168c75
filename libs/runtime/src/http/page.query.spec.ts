import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { MAX_PAGE, PageQuery } from './page.query';

const problemsOf = (query: Record<string, string>) =>
  validateSync(plainToInstance(PageQuery, query)).flatMap((e) => Object.values(e.constraints!));

describe('PageQuery', () => {
  it('defaults to the first page of 50', () => {
    expect(plainToInstance(PageQuery, {})).toEqual({ page: 1, pageSize: 50 });
    expect(problemsOf({})).toEqual([]);
  });

  it.each([
    [{ page: '0' }, 'page must not be less than 1'],
    [{ page: '2.5' }, 'page must be a whole number'],
    // Number.isInteger(1e300) is true: only the bound keeps it out of the SQL offset.
    [{ page: '1e300' }, `page must not be greater than ${MAX_PAGE}`],
    [{ pageSize: '201' }, 'pageSize must not be greater than 200'],
    [{ pageSize: 'ten' }, 'pageSize must be a whole number'],
  ])('refuses %j', (query, problem) => {
    expect(problemsOf(query)).toContain(problem);
  });

  it('keeps the deepest offset a safe integer', () => {
    expect(Number.isSafeInteger((MAX_PAGE - 1) * 200)).toBe(true);
  });
});
