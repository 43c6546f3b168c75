import pino from 'pino';
import { Writable } from 'node:stream';
import { personalDataRedactPaths } from './personal-data-redaction';

function captureLogs(): { logger: pino.Logger; output: () => string } {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const logger = pino({ redact: { paths: personalDataRedactPaths(), censor: '[redacted]' } }, sink);
  return { logger, output: () => chunks.join('') };
}

describe('log redaction (R32)', () => {
  it('hides names, ID numbers, phones and addresses at every depth we log at', () => {
    const { logger, output } = captureLogs();
    logger.info({
      idNumber: '11010519491231002X',
      applicant: { name: '张三', phone: '13800138000', address: '南京市鼓楼区中山路1号' },
      case: { guardian: { guardianName: '李四', guardianIdNumber: '110105195001010011' } },
      caseId: '5d8a3c1e-2b7f-4c39-8e1a-6f2d9b0c4e77',
    });
    const line = output();
    for (const secret of [
      '11010519491231002X',
      '张三',
      '13800138000',
      '中山路',
      '李四',
      '110105195001010011',
    ]) {
      expect(line).not.toContain(secret);
    }
    expect(line).toContain('5d8a3c1e-2b7f-4c39-8e1a-6f2d9b0c4e77');
    expect(line).toContain('[redacted]');
  });

  it('hides certificate numbers, which begin with the holder’s ID number', () => {
    const { logger, output } = captureLogs();
    logger.info({
      cardNumber: '11010519491231002X42',
      event: { payload: { certificateNumber: '11010519491231002X42B1' } },
      application: { currentCertificateNumber: '11010519500101001171' },
    });
    expect(output()).not.toMatch(/110105194912310|110105195001010/);
  });

  it('hides the Authorization header of request logs', () => {
    const { logger, output } = captureLogs();
    logger.info({ req: { headers: { authorization: 'Bearer staff-token' } } });
    expect(output()).not.toContain('staff-token');
  });
});
