import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CaseAccessPolicy, CurrentStaff, Roles, StaffPrincipal } from '@tongban/auth';
import { AuditedRead, notFound } from '@tongban/runtime';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ArchivedDocument } from './archived-document.entity';
import { HolderArchive } from './holder-archive.entity';

export class ArchivedDocumentView {
  @ApiProperty() documentId!: string;
  @ApiProperty() applicationId!: string;
  @ApiProperty() caseKind!: string;
  @ApiProperty() approvedOn!: string;
  @ApiProperty() kind!: string;
  @ApiProperty({ nullable: true, type: String }) title!: string | null;
  @ApiProperty() sha256!: string;
  @ApiProperty() size!: number;
  @ApiProperty() contentType!: string;
  @ApiProperty() objectKey!: string;
  @ApiProperty({ nullable: true, type: String }) lastCheckedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) lastCheckResult!: string | null;
}

export class HolderArchiveView {
  @ApiProperty() holderArchiveId!: string;
  @ApiProperty() countyCode!: string;
  @ApiProperty() holderName!: string;
  @ApiProperty() holderIdNumber!: string;
  @ApiProperty({
    type: [ArchivedDocumentView],
    description: 'Every case of the holder, oldest first',
  })
  documents!: ArchivedDocumentView[];
}

/** R30: the holder's e-archive at the hukou county, reached through one of their cases. */
@ApiTags('e-archive')
@Controller('e-archive')
@Roles('CLERK', 'AUDITOR')
export class EArchiveController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccessPolicy,
  ) {}

  /** The holder of the case, with every document the county archived for them (audited, R32). */
  @AuditedRead({ subject: 'e-archive', fields: ['holder', 'documents'] })
  @Get('cases/:applicationId')
  @ApiOkResponse({ type: HolderArchiveView })
  async ofCase(
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<HolderArchiveView> {
    const documents = this.dataSource.getRepository(ArchivedDocument);
    const filed = await documents.findOneBy({ applicationId });
    if (!filed) throw notFound(`no e-archive holds case ${applicationId}`);
    this.access.assertCountyTakesPart(staff, [filed.countyCode], applicationId);
    const holder = await this.dataSource
      .getRepository(HolderArchive)
      .findOneByOrFail({ id: filed.holderArchiveId });
    const all = await documents.find({
      where: { holderArchiveId: holder.id },
      order: { approvedOn: 'ASC', archivedAt: 'ASC', kind: 'ASC' },
    });
    return {
      holderArchiveId: holder.id,
      countyCode: holder.countyCode,
      holderName: holder.holderName,
      holderIdNumber: holder.holderIdNumber,
      documents: all.map((d) => ({
        documentId: d.id,
        applicationId: d.applicationId,
        caseKind: d.caseKind,
        approvedOn: d.approvedOn,
        kind: d.kind,
        title: d.title,
        sha256: d.sha256,
        size: d.size,
        contentType: d.contentType,
        objectKey: d.objectKey,
        lastCheckedAt: d.lastCheckedAt?.toISOString() ?? null,
        lastCheckResult: d.lastCheckResult,
      })),
    };
  }
}
