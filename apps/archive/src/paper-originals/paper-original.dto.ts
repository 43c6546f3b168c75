import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DOCUMENT_KINDS,
  IsCountyCode,
  IsLocalDate,
  IsResidentIdNumber,
  type DocumentKind,
} from '@tongban/contracts';
import { PageQuery } from '@tongban/runtime';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';

/** Where a paper original is kept. */
class PaperLocationDto {
  @ApiProperty({ example: '2026-箱-017', description: 'Box the paper is kept in' })
  @IsString()
  @Length(1, 50)
  box!: string;

  @ApiProperty({ example: 'A-03', description: 'Shelf the box stands on' })
  @IsString()
  @Length(1, 50)
  shelf!: string;
}

/** A clerk records a paper original the county keeps (R30); the clerk and county from the token. */
export class RecordPaperOriginalDto extends PaperLocationDto {
  @ApiProperty({ description: 'The case the paper belongs to' })
  @IsUUID()
  applicationId!: string;

  @ApiProperty({ example: '110105194912310038', description: 'The holder’s resident ID number' })
  @IsResidentIdNumber()
  holderIdNumber!: string;

  @ApiProperty({ enum: DOCUMENT_KINDS })
  @IsIn(DOCUMENT_KINDS)
  kind!: DocumentKind;

  @ApiPropertyOptional({ example: '社区出具的居住证明' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  title?: string;

  @ApiProperty({ example: '220122', description: 'County whose staff produced the paper (R30)' })
  @IsCountyCode()
  producedByCountyCode!: string;

  @ApiProperty({ example: '2026-12-01', description: 'Day it was put where it is (China date)' })
  @IsLocalDate()
  keptSince!: string;
}

/** A clerk moves a paper original; the history keeps where it was. */
export class MovePaperOriginalDto extends PaperLocationDto {
  @ApiProperty({ example: '2026-12-08', description: 'Day of the move (China date)' })
  @IsLocalDate()
  movedOn!: string;

  @ApiPropertyOptional({ example: '档案室搬迁' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  reason?: string;
}

/** GET /paper-originals: the county's register, of one case or all, paged. */
export class PaperOriginalsQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  applicationId?: string;
}
