import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CaseAccessPolicy, StaffPrincipal } from '@tongban/auth';
import { chinaLocalDateOf } from '@tongban/domain';
import { lookupHash, RESIDENT_ID_LOOKUP } from '@tongban/persistence';
import { notFound, pageOf, unprocessable } from '@tongban/runtime';
import { Clock } from '@tongban/util';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ArchivedDocument } from '../e-archive/archived-document.entity';
import { HolderArchive } from '../e-archive/holder-archive.entity';
import { PaperOriginalMove } from './paper-original-move.entity';
import {
  MovePaperOriginalDto,
  PaperOriginalsQuery,
  RecordPaperOriginalDto,
} from './paper-original.dto';
import { PaperOriginal } from './paper-original.entity';
import {
  PaperOriginalListItemView,
  PaperOriginalsView,
  PaperOriginalView,
} from './paper-original.view';

/**
 * R19, R30: the county's register of the paper it keeps where it was produced. Staff record and
 * move originals of their own county only; a case this county's archive holds for another county
 * is refused, and so is a holder who is not the case's.
 */
@Injectable()
export class PaperRegistry {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccessPolicy,
    private readonly clock: Clock,
  ) {}

  async record(dto: RecordPaperOriginalDto, staff: StaffPrincipal): Promise<PaperOriginalView> {
    if (dto.keptSince > this.today()) {
      throw unprocessable('keptSince: must not be in the future (China date)');
    }
    return this.dataSource.transaction(async (manager) => {
      await this.assertCaseIsTheCounty(manager, dto, staff);
      const original = await manager.save(
        manager.create(PaperOriginal, {
          id: randomUUID(),
          countyCode: staff.county,
          applicationId: dto.applicationId,
          holderIdNumber: dto.holderIdNumber,
          holderIdLookup: lookupHash(RESIDENT_ID_LOOKUP, dto.holderIdNumber),
          kind: dto.kind,
          title: dto.title ?? null,
          producedByCountyCode: dto.producedByCountyCode,
          box: dto.box,
          shelf: dto.shelf,
          keptSince: dto.keptSince,
          recordedBy: staff.staffId,
        }),
      );
      return PaperOriginalView.withMoves(original, []);
    });
  }

  async move(
    paperOriginalId: string,
    dto: MovePaperOriginalDto,
    staff: StaffPrincipal,
  ): Promise<PaperOriginalView> {
    return this.dataSource.transaction(async (manager) => {
      const original = await manager.findOne(PaperOriginal, {
        where: { id: paperOriginalId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!original) throw notFound(`paper original ${paperOriginalId} not found`);
      this.access.assertCountyTakesPart(staff, [original.countyCode], original.applicationId);
      if (dto.movedOn > this.today()) {
        throw unprocessable('movedOn: must not be in the future (China date)');
      }
      if (dto.movedOn < original.keptSince) {
        throw unprocessable(`movedOn: must not be before keptSince ${original.keptSince}`);
      }
      if (dto.box === original.box && dto.shelf === original.shelf) {
        throw unprocessable('box: the original is already kept in this box on this shelf');
      }
      await manager.insert(PaperOriginalMove, {
        id: randomUUID(),
        paperOriginalId,
        fromBox: original.box,
        fromShelf: original.shelf,
        toBox: dto.box,
        toShelf: dto.shelf,
        movedOn: dto.movedOn,
        movedBy: staff.staffId,
        reason: dto.reason ?? null,
      });
      original.box = dto.box;
      original.shelf = dto.shelf;
      original.keptSince = dto.movedOn;
      await manager.save(original);
      return PaperOriginalView.withMoves(original, await this.movesOf(manager, paperOriginalId));
    });
  }

  /** The caller's county's originals, of one case or all; the holder masked (R32). */
  list(staff: StaffPrincipal, query: PaperOriginalsQuery): Promise<PaperOriginalsView> {
    const builder = this.dataSource
      .getRepository(PaperOriginal)
      .createQueryBuilder('p')
      .where('p.countyCode = :county', { county: staff.county })
      .orderBy('p.createdAt', 'ASC')
      .addOrderBy('p.id', 'ASC');
    if (query.applicationId !== undefined) {
      builder.andWhere('p.applicationId = :applicationId', { applicationId: query.applicationId });
    }
    return pageOf(builder, query, (original) => PaperOriginalListItemView.of(original));
  }

  /** One original with the holder and its moves, for staff of the keeping county (403 otherwise). */
  async get(staff: StaffPrincipal, paperOriginalId: string): Promise<PaperOriginalView> {
    const original = await this.dataSource
      .getRepository(PaperOriginal)
      .findOneBy({ id: paperOriginalId });
    if (!original) throw notFound(`paper original ${paperOriginalId} not found`);
    this.access.assertCountyTakesPart(staff, [original.countyCode], original.applicationId);
    return PaperOriginalView.withMoves(
      original,
      await this.movesOf(this.dataSource.manager, paperOriginalId),
    );
  }

  /**
   * Where the archive holds the case, it must be the staff's county's and the holder's: paper of
   * a case another county keeps is not this clerk's to record (R32).
   */
  private async assertCaseIsTheCounty(
    manager: EntityManager,
    dto: RecordPaperOriginalDto,
    staff: StaffPrincipal,
  ): Promise<void> {
    const filed = await manager.findOneBy(ArchivedDocument, { applicationId: dto.applicationId });
    if (!filed) return;
    this.access.assertCountyTakesPart(staff, [filed.countyCode], dto.applicationId);
    const holder = await manager.findOneByOrFail(HolderArchive, { id: filed.holderArchiveId });
    if (holder.holderIdLookup !== lookupHash(RESIDENT_ID_LOOKUP, dto.holderIdNumber)) {
      throw unprocessable('holderIdNumber: is not the holder of this case');
    }
  }

  private movesOf(manager: EntityManager, paperOriginalId: string): Promise<PaperOriginalMove[]> {
    return manager.find(PaperOriginalMove, {
      where: { paperOriginalId },
      order: { movedOn: 'ASC', createdAt: 'ASC' },
    });
  }

  private today(): string {
    return chinaLocalDateOf(this.clock.now());
  }
}
