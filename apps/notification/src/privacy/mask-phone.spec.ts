import { maskPhone } from './mask-phone';

describe('maskPhone (R32)', () => {
  it('keeps the prefix and the last four digits of a mainland mobile number', () => {
    expect(maskPhone('13800138000')).toBe('138****8000');
  });

  it.each(['13800138000', '02584001234', '12345678', '1234567', '123'])(
    'hides at least four characters of %s and keeps its length',
    (phone) => {
      const masked = maskPhone(phone);
      expect(masked).toHaveLength(phone.length);
      expect(masked).not.toBe(phone);
      expect(masked).toContain('*'.repeat(Math.min(4, phone.length)));
    },
  );

  it('masks a short number entirely', () => {
    expect(maskPhone('1234567')).toBe('*******');
  });
});
