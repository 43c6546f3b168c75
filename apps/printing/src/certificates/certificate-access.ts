import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CaseAccessPolicy, StaffPrincipal } from '@tongban/auth';
import { Repository } from 'typeorm';
import { CardByNumber } from '../card-register/card-by-number';
import { Certificate } from './certificate.entity';
import { countiesOf, findCertificateOrFail } from './find-certificate';

/** R32 for certificates: staff see only cards of cases their county takes part in. */
@Injectable()
export class CertificateAccess {
  constructor(
    @InjectRepository(Certificate) private readonly certificates: Repository<Certificate>,
    private readonly access: CaseAccessPolicy,
    private readonly cardByNumber: CardByNumber,
  ) {}

  /**
   * The certificate the number means (the card in force, else the latest) if the staff member's
   * county takes part in its case; 404 or 403 otherwise.
   */
  async requireVisibleTo(staff: StaffPrincipal, certificateNumber: string): Promise<Certificate> {
    const certificate = await findCertificateOrFail(
      this.certificates.manager,
      this.cardByNumber,
      certificateNumber,
    );
    // The audit line names the case, never the number: it holds the holder's ID number.
    this.access.assertCountyTakesPart(staff, countiesOf(certificate), certificate.applicationId);
    return certificate;
  }
}
