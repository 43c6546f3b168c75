import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiProperty } from '@nestjs/swagger';
import type { StaffPrincipal } from '@tongban/auth';
import { PageQuery, pageOf } from '@tongban/runtime';
import { Repository } from 'typeorm';
import { ArchivedDocument } from '../e-archive/archived-document.entity';
import { FixityCheck } from './fixity-check.entity';

export class FixityMismatchView {
  @ApiProperty() documentId!: string;
  @ApiProperty() applicationId!: string;
  @ApiProperty() kind!: string;
  @ApiProperty() objectKey!: string;
  @ApiProperty({ enum: ['MISMATCH', 'MISSING'] }) result!: string;
  @ApiProperty() checkedAt!: string;
  @ApiProperty() expectedSha256!: string;
  @ApiProperty({ nullable: true, type: String }) actualSha256!: string | null;
  @ApiProperty() expectedSize!: number;
  @ApiProperty({ nullable: true, type: Number }) actualSize!: number | null;
}

export class FixityMismatchesView {
  @ApiProperty({ type: [FixityMismatchView] }) items!: FixityMismatchView[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

/** The staff's view of the audit: no holder data, only documents, cases and digests (R32). */
@Injectable()
export class FixityReport {
  constructor(
    @InjectRepository(ArchivedDocument) private readonly documents: Repository<ArchivedDocument>,
    @InjectRepository(FixityCheck) private readonly checks: Repository<FixityCheck>,
  ) {}

  /** The caller's county's documents whose latest check failed, longest known first. */
  async mismatches(staff: StaffPrincipal, query: PageQuery): Promise<FixityMismatchesView> {
    const page = await pageOf(
      this.documents
        .createQueryBuilder('d')
        .where('d.countyCode = :county', { county: staff.county })
        .andWhere('d.lastCheckResult IN (:...failed)', { failed: ['MISMATCH', 'MISSING'] })
        .orderBy('d.lastCheckedAt', 'ASC')
        .addOrderBy('d.id', 'ASC'),
      query,
      (document) => document,
    );
    const latest = await this.latestChecks(page.items.map((d) => d.id));
    return {
      ...page,
      items: page.items.map((document) => {
        const check = latest.get(document.id);
        return {
          documentId: document.id,
          applicationId: document.applicationId,
          kind: document.kind,
          objectKey: document.objectKey,
          result: document.lastCheckResult!,
          checkedAt: (check?.checkedAt ?? document.lastCheckedAt!).toISOString(),
          expectedSha256: document.sha256,
          actualSha256: check?.actualSha256 ?? null,
          expectedSize: document.size,
          actualSize: check?.actualSize == null ? null : Number(check.actualSize),
        };
      }),
    };
  }

  private async latestChecks(documentIds: string[]): Promise<Map<string, FixityCheck>> {
    if (documentIds.length === 0) return new Map();
    const rows = await this.checks
      .createQueryBuilder('c')
      .distinctOn(['c.documentId'])
      .where('c.documentId IN (:...documentIds)', { documentIds })
      .orderBy('c.documentId')
      .addOrderBy('c.checkedAt', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .getMany();
    return new Map(rows.map((row) => [row.documentId, row]));
  }
}
