import { photoProblems, type PhotoFacts } from './photo-requirements';

const good: PhotoFacts = { width: 413, height: 579, opaque: true, lumaRange: 200 };
const codes = (photo: Partial<PhotoFacts>) =>
  photoProblems({ ...good, ...photo }).map((p) => p.code);

describe('two-inch photo (R5)', () => {
  it.each([
    ['35×49 mm at 300 dpi', 413, 579],
    ['33×48 mm at 300 dpi', 390, 567],
    ['the minimum, 25×35 mm at 300 dpi', 295, 413],
    ['a phone-camera crop', 1050, 1470],
  ])('accepts %s (%i×%i px)', (_label, width, height) => {
    expect(codes({ width, height })).toEqual([]);
  });

  it('refuses a 1×1 transparent PNG for every reason, naming the field and R5', () => {
    const problems = photoProblems({ width: 1, height: 1, opaque: false, lumaRange: 0 });
    expect(problems.map((p) => p.code)).toEqual([
      'PHOTO_TOO_SMALL',
      'PHOTO_NOT_TWO_INCH_PORTRAIT',
      'PHOTO_TRANSPARENT',
      'PHOTO_BLANK',
    ]);
    expect(problems.every((p) => p.field === 'file' && p.rule === 'R5')).toBe(true);
    expect(problems[0]?.message).toBe(
      'file: the photo is 1×1 px; a two-inch photo needs at least 295×413 px (300 dpi) to print (R5)',
    );
  });

  it.each([
    ['too small', 200, 280, 'PHOTO_TOO_SMALL'],
    ['landscape', 579, 413, 'PHOTO_NOT_TWO_INCH_PORTRAIT'],
    ['square', 600, 600, 'PHOTO_NOT_TWO_INCH_PORTRAIT'],
    ['too narrow (one-inch 2:3 strip)', 400, 800, 'PHOTO_NOT_TWO_INCH_PORTRAIT'],
  ])('refuses a photo %s (%i×%i px)', (_label, width, height, code) => {
    expect(codes({ width, height })).toEqual([code]);
  });

  it('refuses a translucent or a blank photo', () => {
    expect(codes({ opaque: false })).toEqual(['PHOTO_TRANSPARENT']);
    expect(codes({ lumaRange: 3 })).toEqual(['PHOTO_BLANK']);
  });
});
