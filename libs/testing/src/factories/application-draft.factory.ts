/** A valid application-draft request body; override any field to make it invalid. */
export function anApplicationDraftRequest(
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    caseKind: 'NEW',
    channel: 'ON_SITE',
    applicantName: '张三',
    // The GB 11643-1999 worked example: valid region, birth date and check character.
    idNumber: '11010519491231002X',
    phone: '13800138000',
    residenceCountyCode: '320106',
    hukouCountyCode: '220122',
    ...overrides,
  };
}
