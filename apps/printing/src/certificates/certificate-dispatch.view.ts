import { ApiProperty } from '@nestjs/swagger';
import { CertificateDispatch } from './certificate-dispatch.entity';

/** A dispatch as staff see it: courier, waybill and where it went, without the address (R32). */
export class CertificateDispatchView {
  @ApiProperty() courier!: string;
  @ApiProperty() waybillNumber!: string;
  @ApiProperty({ description: 'R29: always true; the applicant pays on delivery' })
  cashOnDelivery!: boolean;
  @ApiProperty({ description: 'County of the mailing address (R12)' })
  recipientCountyCode!: string;
  @ApiProperty({ example: '2026-05-21' }) dispatchedOn!: string;
  @ApiProperty() dispatchedAt!: string;

  static of(dispatch: CertificateDispatch): CertificateDispatchView {
    return {
      courier: dispatch.courier,
      waybillNumber: dispatch.waybillNumber,
      cashOnDelivery: dispatch.cashOnDelivery,
      recipientCountyCode: dispatch.recipientCountyCode,
      dispatchedOn: dispatch.dispatchedOn,
      dispatchedAt: dispatch.dispatchedAt.toISOString(),
    };
  }
}
