import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A county signing key in the national registry, with who registered and who revoked it: the
 * registry's own history. Public keys only; no personal data.
 */
@Entity('county_key')
@Index('county_key_county', ['county'])
export class CountyKey {
  /** RFC 7638 thumbprint of the public key. */
  @PrimaryColumn({ type: 'text' })
  keyId!: string;

  @Column({ type: 'text' })
  county!: string;

  @Column({ type: 'text' })
  use!: 'signing';

  /** Base64 SPKI DER. */
  @Column({ type: 'text' })
  publicKey!: string;

  @Column({ type: 'timestamptz' })
  validFrom!: Date;

  @Column({ type: 'timestamptz' })
  registeredAt!: Date;

  @Column({ type: 'text' })
  registeredBy!: string;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  revocationReason!: string | null;

  @Column({ type: 'text', nullable: true })
  revokedBy!: string | null;
}
