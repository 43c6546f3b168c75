import { CardStatusChange } from './card-register/card-status-change.entity';
import { RegisteredCard } from './card-register/registered-card.entity';
import { CertificateDispatch } from './certificates/certificate-dispatch.entity';
import { Certificate } from './certificates/certificate.entity';
import { PRINTING_MIGRATIONS } from './migrations';

/** Printing's tables (schema `printing`) and the migrations that create them. */
export const PRINTING_PERSISTENCE = {
  entities: [Certificate, CertificateDispatch, RegisteredCard, CardStatusChange],
  migrations: PRINTING_MIGRATIONS,
};
