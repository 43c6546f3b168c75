import { planCase } from '@tongban/domain';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { CaseHandedOverV2Payload } from '../exchange/case-handed-over-v2.event';
import { ArchiveOfferedPayload, MigrationNoticeSentPayload } from './migration.events';

const fields = (errors: ValidationError[], prefix = ''): string[] =>
  errors.flatMap((e) =>
    e.children?.length ? fields(e.children, `${prefix}${e.property}.`) : [`${prefix}${e.property}`],
  );
const problems = (type: new () => object, plain: object) =>
  fields(validateSync(plainToInstance(type, plain)));

describe('the migration exchange (R18–R21)', () => {
  const handOver = {
    applicationId: '5d8a3c1e-2b7f-4c39-8e1a-6f2d9b0c4e77',
    applicationNumber: '32010620261208000001',
    caseKind: 'MIGRATION',
    plan: planCase('MIGRATION', { applicantIsMinor: false }),
    certificateOutcome: 'REPLACE',
    residenceCountyCode: '320106',
    hukouCountyCode: '320106',
    originalHukouCountyCode: '220122',
    applicant: {
      name: '张三',
      idNumber: '110105194912310038',
      phone: '13800138000',
    },
    applicantIsMinor: false,
    currentCertificateNumber: '11010519491231003823',
    documents: [
      {
        kind: 'MIGRATION_PROOF',
        key: 'k',
        sha256: 'a'.repeat(64),
        size: 1,
        contentType: 'image/jpeg',
      },
    ],
    handedOverOn: '2026-12-08',
  };

  it('hands a migration over only with the original hukou county named', () => {
    const { originalHukouCountyCode: _omitted, ...without } = handOver;
    expect(problems(CaseHandedOverV2Payload, without)).toContain('originalHukouCountyCode');
    expect(
      problems(CaseHandedOverV2Payload, { ...handOver, originalHukouCountyCode: '22012' }),
    ).toContain('originalHukouCountyCode');
    expect(problems(CaseHandedOverV2Payload, handOver)).not.toContain('originalHukouCountyCode');
  });

  it('asks the original county with a real ID number and card, and a due day', () => {
    const notice = {
      applicationId: handOver.applicationId,
      applicationNumber: handOver.applicationNumber,
      holder: { idNumber: '110105194912310038', name: '张三' },
      certificateNumber: '11010519491231003823',
      residenceCountyCode: '320106',
      destinationCountyCode: '320106',
      noticeOn: '2026-12-08',
      answerDueOn: '2026-12-15',
    };
    expect(problems(MigrationNoticeSentPayload, notice)).toEqual([]);
    expect(
      problems(MigrationNoticeSentPayload, {
        ...notice,
        holder: { ...notice.holder, idNumber: '110105194912310039' },
        answerDueOn: '2026-02-30',
      }),
    ).toEqual(['holder.idNumber', 'answerDueOn']);
  });

  it('offers an archive with its signed manifest and a URL per package path', () => {
    const offer = {
      applicationId: handOver.applicationId,
      transferId: '0b9e4f0e-3f5c-4a8e-9a59-7d7f2f0d6a11',
      manifest: {
        text: '{}',
        signerCounty: '220122',
        signerKeyId: 'A'.repeat(43),
        signature: `${'A'.repeat(86)}==`,
      },
      files: [
        {
          path: 'data/photo/1.jpg',
          url: 'https://s3.example/a?X-Amz-Signature=1',
          urlExpiresAt: '2026-12-08T03:00:00.000Z',
        },
      ],
      certificateNumber: '11010519491231003823',
      card: {
        status: 'ACTIVE',
        category: 'PHYSICAL',
        level: 3,
        validFrom: '2016-05-20',
        validThrough: '2026-05-19',
        visualAssessmentBefore2018: true,
        reissue: 0,
      },
      attempt: 1,
      offeredOn: '2026-12-09',
    };
    expect(problems(ArchiveOfferedPayload, offer)).toEqual([]);
    expect(
      problems(ArchiveOfferedPayload, {
        ...offer,
        files: [{ ...offer.files[0], path: '../etc/passwd' }],
        manifest: { ...offer.manifest, signature: 'short' },
      }),
    ).toEqual(['manifest.signature', 'files.0.path']);
  });
});
