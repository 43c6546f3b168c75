import { findControlCharacter } from './control-characters';

describe('findControlCharacter', () => {
  it('names the field of the first control character, at any depth', () => {
    expect(findControlCharacter({ applicant: { name: '张\u0000三' } })).toEqual({
      path: 'applicant.name',
      codePoint: 'U+0000',
    });
    expect(findControlCharacter({ documents: [{ title: 'ok' }, { title: 'a\u001bb' }] })).toEqual({
      path: 'documents[1].title',
      codePoint: 'U+001B',
    });
    expect(findControlCharacter('\u007f')).toEqual({ path: 'value', codePoint: 'U+007F' });
  });

  it('looks at keys too', () => {
    expect(findControlCharacter({ 'na\u0000me': 'x' })).toMatchObject({ codePoint: 'U+0000' });
  });

  it('does not walk binary content, whose bytes are not text', () => {
    expect(
      findControlCharacter({ file: Buffer.from([0, 1, 2]), name: 'scan.pdf' }),
    ).toBeUndefined();
  });

  it('lets tabs, line breaks and ordinary text through', () => {
    expect(
      findControlCharacter({ summary: '公示期满，\r\n无异议\t', level: 2, ok: true, none: null }),
    ).toBeUndefined();
  });
});
