import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CERTIFICATE_STATES,
  maskResidentId,
  type CertificateState,
  type DisabilityCategory,
  type DisabilityLevel,
} from '@tongban/domain';
import { CertificateDispatch } from './certificate-dispatch.entity';
import { CertificateDispatchView } from './certificate-dispatch.view';
import { Certificate } from './certificate.entity';

/** A certificate as hukou-county staff see it: status, dates and dispatch; the ID masked (R32). */
export class CertificateView {
  @ApiProperty() certificateNumber!: string;
  @ApiProperty() applicationId!: string;
  @ApiProperty({ enum: CERTIFICATE_STATES, description: 'From the card register' })
  status!: CertificateState;
  @ApiProperty({ description: 'ID number with all but the last four characters masked' })
  maskedIdNumber!: string;
  @ApiProperty() category!: DisabilityCategory;
  @ApiProperty() level!: DisabilityLevel;
  @ApiProperty() issuingCountyCode!: string;
  @ApiProperty() residenceCountyCode!: string;
  @ApiProperty({ example: '2026-05-20' }) issuedOn!: string;
  @ApiProperty({ example: '2026-05-20' }) validFrom!: string;
  @ApiProperty({ example: '2036-05-19', description: 'Last day of validity (R13)' })
  validThrough!: string;
  @ApiProperty() issuedAt!: string;
  @ApiPropertyOptional({ type: CertificateDispatchView, nullable: true })
  dispatch!: CertificateDispatchView | null;

  static of(
    certificate: Certificate,
    status: CertificateState,
    dispatch: CertificateDispatch | null,
  ): CertificateView {
    return {
      certificateNumber: certificate.certificateNumber,
      applicationId: certificate.applicationId,
      status,
      maskedIdNumber: maskResidentId(certificate.holderIdNumber),
      category: certificate.category,
      level: certificate.level,
      issuingCountyCode: certificate.issuingCountyCode,
      residenceCountyCode: certificate.residenceCountyCode,
      issuedOn: certificate.issuedOn,
      validFrom: certificate.validFrom,
      validThrough: certificate.validThrough,
      issuedAt: certificate.issuedAt.toISOString(),
      dispatch: dispatch ? CertificateDispatchView.of(dispatch) : null,
    };
  }
}
