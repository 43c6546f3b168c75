import { ForbiddenException } from '@nestjs/common';
import { StaffAccessAudit, auditPath } from '../audit/staff-access-audit';
import type { StaffPrincipal } from '../roles/staff-principal';
import { CaseAccessPolicy, countyTakesPart } from './case-access.policy';

const staff: StaffPrincipal = {
  staffId: 'approver-01',
  role: 'APPROVER',
  county: '110101',
  tokenId: '0f8e7a52-0a51-4c8e-9d1b-3c2f1e4d5a6b',
  issuedAt: new Date('2026-09-30T01:00:00Z'),
  expiresAt: new Date('2026-09-30T09:00:00Z'),
};

describe('CaseAccessPolicy (R32)', () => {
  const audit = { refused: jest.fn() };
  const policy = new CaseAccessPolicy(audit as unknown as StaffAccessAudit);

  beforeEach(() => audit.refused.mockClear());

  it('lets staff of a county taking part through, silently', () => {
    expect(countyTakesPart(staff, ['320106', '110101'])).toBe(true);
    expect(() => policy.assertCountyTakesPart(staff, ['320106', '110101'])).not.toThrow();
    expect(audit.refused).not.toHaveBeenCalled();
  });

  it('refuses staff of any other county with 403 and one audit line', () => {
    expect(() => policy.assertCountyTakesPart(staff, ['320106', '440106'], 'case-9')).toThrow(
      ForbiddenException,
    );
    expect(audit.refused).toHaveBeenCalledTimes(1);
    expect(audit.refused).toHaveBeenCalledWith({
      status: 403,
      reason: 'case-county-not-involved',
      detail: expect.stringContaining('(R32)'),
      staffId: 'approver-01',
      county: '110101',
      role: 'APPROVER',
      caseId: 'case-9',
    });
  });

  it('refuses when the case names no county at all', () => {
    expect(countyTakesPart(staff, [])).toBe(false);
    expect(() => policy.assertCountyTakesPart(staff, [])).toThrow(/may not access this case/);
  });
});

describe('auditPath', () => {
  it('drops the query string and masks segments that look like an ID or certificate number', () => {
    expect(auditPath('/cases/abc?idNumber=110101199001011234')).toBe('/cases/abc');
    expect(auditPath('/certificates/11010119900101123472/verify')).toBe(
      '/certificates/[redacted]/verify',
    );
    expect(auditPath('/verify/AbC-_0123456789abcdefghijklmnopqrstuvwxyzAB/photo')).toBe(
      '/verify/[redacted]/photo',
    );
    expect(auditPath('/cases/2f1e4d5a-6b0f-4c8e-9d1b-3c2f1e4d5a6b')).toBe(
      '/cases/2f1e4d5a-6b0f-4c8e-9d1b-3c2f1e4d5a6b',
    );
  });
});
