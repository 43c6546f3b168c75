import { maskName } from './mask-name';

describe('maskName', () => {
  it.each([
    ['张三', '张*'],
    ['欧阳娜娜', '欧***'],
    ['李', '李*'],
    ['𠮷野家', '𠮷**'], // a character outside the BMP counts once
    [' 王五 ', '王*'],
  ])('%s → %s', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });
});
