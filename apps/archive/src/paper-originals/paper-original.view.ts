import { ApiProperty } from '@nestjs/swagger';
import { maskResidentId } from '@tongban/domain';
import type { PaperOriginalMove } from './paper-original-move.entity';
import type { PaperOriginal } from './paper-original.entity';

export class PaperOriginalMoveView {
  @ApiProperty() fromBox!: string;
  @ApiProperty() fromShelf!: string;
  @ApiProperty() toBox!: string;
  @ApiProperty() toShelf!: string;
  @ApiProperty() movedOn!: string;
  @ApiProperty() movedBy!: string;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;

  static of(move: PaperOriginalMove): PaperOriginalMoveView {
    const { fromBox, fromShelf, toBox, toShelf, movedOn, movedBy, reason } = move;
    return { fromBox, fromShelf, toBox, toShelf, movedOn, movedBy, reason };
  }
}

/** A paper original in a list: the holder's ID number masked (R32). */
export class PaperOriginalListItemView {
  @ApiProperty() id!: string;
  @ApiProperty() countyCode!: string;
  @ApiProperty() applicationId!: string;
  @ApiProperty({ description: 'Masked resident ID number' }) holderIdNumber!: string;
  @ApiProperty() kind!: string;
  @ApiProperty({ nullable: true, type: String }) title!: string | null;
  @ApiProperty() producedByCountyCode!: string;
  @ApiProperty() box!: string;
  @ApiProperty() shelf!: string;
  @ApiProperty() keptSince!: string;
  @ApiProperty() recordedBy!: string;

  static of(original: PaperOriginal, masked = true): PaperOriginalListItemView {
    return {
      id: original.id,
      countyCode: original.countyCode,
      applicationId: original.applicationId,
      holderIdNumber: masked ? maskResidentId(original.holderIdNumber) : original.holderIdNumber,
      kind: original.kind,
      title: original.title,
      producedByCountyCode: original.producedByCountyCode,
      box: original.box,
      shelf: original.shelf,
      keptSince: original.keptSince,
      recordedBy: original.recordedBy,
    };
  }
}

/** One paper original with the holder's full ID number and every move, oldest first. */
export class PaperOriginalView extends PaperOriginalListItemView {
  @ApiProperty({ type: [PaperOriginalMoveView] }) moves!: PaperOriginalMoveView[];

  static withMoves(original: PaperOriginal, moves: PaperOriginalMove[]): PaperOriginalView {
    return {
      ...PaperOriginalListItemView.of(original, false),
      moves: moves.map((move) => PaperOriginalMoveView.of(move)),
    };
  }
}

export class PaperOriginalsView {
  @ApiProperty({ type: [PaperOriginalListItemView] }) items!: PaperOriginalListItemView[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}
