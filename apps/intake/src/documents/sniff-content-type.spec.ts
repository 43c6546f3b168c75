import { sniffAcceptedType } from './sniff-content-type';

describe('sniffAcceptedType (R30: only images and PDF scans)', () => {
  it.each([
    [
      'a JPEG',
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]),
      'image/jpeg',
    ],
    [
      'a PNG',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      'image/png',
    ],
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n'), 'application/pdf'],
  ])('recognises %s from its bytes', (_label, bytes, contentType) => {
    expect(sniffAcceptedType(bytes)?.contentType).toBe(contentType);
  });

  it.each([
    ['an HTML page', Buffer.from('<!doctype html><html></html>')],
    ['a Windows executable', Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00])],
    ['a ZIP archive', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])],
    ['empty bytes', Buffer.alloc(0)],
  ])('refuses %s', (_label, bytes) => {
    expect(sniffAcceptedType(bytes)).toBeUndefined();
  });
});
