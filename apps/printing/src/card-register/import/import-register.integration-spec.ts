import { OutboxMessage } from '@tongban/messaging';
import { ServiceApp } from '@tongban/runtime';
import { TestNode } from '@tongban/testing';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { PRINTING_DEFINITION } from '../../printing.definition';
import { classificationOfCard } from '../card-classification';
import { CardStatusChange } from '../card-status-change.entity';
import { ChangeCardStatusService } from '../change-card-status.service';
import { RegisterPrintedCardService } from '../register-printed-card.service';
import { RegisteredCard } from '../registered-card.entity';
import { idNumberFor, registerRow, writeExport } from './__tests__/register-rows';
import { importRegister } from './import-register';
import { ImportProgress } from './import-progress';
import { writeRejectsFile } from './rejects-file';
import { withNumber } from '../__tests__/with-number';

describe('printing: importing a county card register from CSV (real PostgreSQL)', () => {
  let node: TestNode;
  let printing: ServiceApp;
  let db: DataSource;
  let county: string;
  const dir = mkdtempSync(join(tmpdir(), 'register-import-'));
  const quiet = new ImportProgress(() => undefined);
  const run = (file: string) =>
    importRegister(db, {
      file,
      servedCounties: node.countyCodes,
      asOf: '2026-12-02' as never,
      progress: quiet,
    });
  // Sorted here: the numbers are stored encrypted, so the database cannot order them.
  const byNumber = (cards: RegisteredCard[]) =>
    cards.sort((a, b) => a.cardNumber.localeCompare(b.cardNumber));
  const snapshot = async () => ({
    cards: byNumber(await db.getRepository(RegisteredCard).find()),
    history: await db.getRepository(CardStatusChange).find({ order: { id: 'ASC' } }),
    outbox: await db.getRepository(OutboxMessage).count(),
  });

  beforeAll(async () => {
    node = await TestNode.create();
    county = node.countyCodes[0]!;
    printing = await node.start(PRINTING_DEFINITION);
    db = printing.app.get(DataSource);
  });

  afterAll(() => node.dispose());

  it('imports valid rows and refuses each malformed one with its line and reason', async () => {
    const id = idNumberFor(1);
    const wrongCheck = `${id.slice(0, 17)}${id[17] === '0' ? '1' : '0'}`;
    const file = writeExport(join(dir, 'malformed.csv'), [
      registerRow(1, county), // line 2
      registerRow(2, county, { card_number: `${wrongCheck}42`, holder_id_number: wrongCheck }),
      registerRow(3, county, { holder_id_number: idNumberFor(4) }),
      registerRow(5, county, { category: 'VISION' }),
      registerRow(6, county, { issued_on: '2015-02-30' }),
      registerRow(7, county, { issuing_county_code: '999999' }),
      registerRow(8, county, { valid_through: '2030-05-31' }),
      registerRow(9, county, { valid_through: '2030-05-31', validity_basis: '省残联 2015 年通知' }),
      registerRow(10, county, { valid_through: '', assessment_method: '目测', level: '二级' }),
      `${idNumberFor(11)}42,${idNumberFor(11)},PHYSICAL`, // line 11: too few fields
      registerRow(12, county, {
        issued_on: '2027-01-01',
        valid_from: '2027-01-01',
        valid_through: '',
      }),
    ]);
    const summary = await run(file);

    expect(summary).toMatchObject({ rows: 11, imported: 3, unchanged: 0, rejected: 8 });
    const reasons = Object.fromEntries(
      summary.rejectedRows.map((r) => [r.line, r.problems.map((p) => `${p.field}/${p.rule}`)]),
    );
    expect(reasons).toEqual({
      3: ['card_number/GB 11643-1999', 'holder_id_number/GB 11643-1999'],
      4: ['holder_id_number/CERTIFICATE_NUMBER'],
      5: ['category/CERTIFICATE_NUMBER'],
      6: ['issued_on/ISO 8601'],
      7: ['issuing_county_code/R11'],
      8: ['valid_through/R13'],
      11: ['row/CSV'],
      12: ['issued_on/DATE'],
    });
    const registered = byNumber(await db.getRepository(RegisteredCard).find());
    expect(registered.map((c) => c.cardNumber)).toEqual(
      [1, 9, 10].map((n) => `${idNumberFor(n)}42`).sort(),
    );
    expect(registered.find((c) => c.cardNumber.startsWith(idNumberFor(10)))).toMatchObject({
      status: 'ACTIVE',
      source: 'IMPORTED',
      assessmentMethod: 'VISUAL',
      validThrough: '2025-05-31', // R13: ten years when the source leaves it empty
    });
    expect(registered.find((c) => c.cardNumber.startsWith(idNumberFor(9)))).toMatchObject({
      validThrough: '2030-05-31',
      validityBasis: '省残联 2015 年通知',
    });
    // Importing is not a change of status: no event for the subsidy system.
    expect(await db.getRepository(OutboxMessage).count()).toBe(0);
    expect(await db.getRepository(CardStatusChange).findBy({ actor: 'import' })).toHaveLength(3);

    const rejects = join(dir, 'malformed.rejects.csv');
    await writeRejectsFile(rejects, summary.rejectedRows);
    const lines = readFileSync(rejects, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('line,card_number,field,rule,reason');
    expect(lines.filter((l) => l.startsWith('7,'))).toEqual([
      expect.stringMatching(
        /^7,\d{17}[\dX]42,issuing_county_code,R11,"?issuing_county_code: "*999999/,
      ),
    ]);
  });

  it('counts an identical repeat in the file once and refuses every line of a number whose rows disagree', async () => {
    const file = writeExport(join(dir, 'duplicates.csv'), [
      registerRow(20, county),
      registerRow(20, county), // line 3: identical
      registerRow(21, county),
      registerRow(21, county, {
        issued_on: '2016-06-01',
        valid_from: '2016-06-01',
        valid_through: '',
      }),
    ]);
    const summary = await run(file);
    expect(summary).toMatchObject({ rows: 4, imported: 1, duplicatesInFile: 1, rejected: 2 });
    expect(summary.rejectedRows.map((r) => r.line)).toEqual([4, 5]);
    expect(summary.rejectedRows[0]!.problems[0]!.reason).toMatch(
      /also on line\(s\) 5 of this file with different issued_on, valid_from, valid_through/,
    );
    expect(
      await db.getRepository(RegisteredCard).existsBy(withNumber(`${idNumberFor(21)}42`)),
    ).toBe(false);
  });

  it('refuses a row that disagrees with the card already registered, and keeps the register entry', async () => {
    const before = await snapshot();
    const file = writeExport(join(dir, 'conflict.csv'), [
      registerRow(1, county, { assessment_method: 'VISUAL' }),
      registerRow(20, county),
    ]);
    const summary = await run(file);
    expect(summary).toMatchObject({ imported: 0, unchanged: 1, rejected: 1 });
    expect(summary.rejectedRows[0]).toMatchObject({
      line: 2,
      // Staged without a ciphertext (the register holds the number): named from the register.
      cardNumber: `${idNumberFor(1)}42`,
      problems: [{ field: 'assessment_method', rule: 'REGISTER' }],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('names the number of every refused line of a registered number whose lines disagree', async () => {
    const before = await snapshot();
    const summary = await run(
      writeExport(join(dir, 'registered-twice.csv'), [
        registerRow(10, county, { valid_through: '', assessment_method: '目测', level: '二级' }),
        registerRow(10, county, {
          valid_through: '',
          assessment_method: 'STANDARD',
          level: '二级',
        }),
      ]),
    );
    expect(summary).toMatchObject({ imported: 0, unchanged: 0, rejected: 2 });
    expect(summary.rejectedRows.map((r) => [r.line, r.cardNumber])).toEqual([
      [2, `${idNumberFor(10)}42`],
      [3, `${idNumberFor(10)}42`],
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await snapshot();
    const again = await run(join(dir, 'malformed.csv'));
    expect(again).toMatchObject({ rows: 11, imported: 0, unchanged: 3, rejected: 8 });
    expect(await snapshot()).toEqual(before);
  });

  it('R13–R15: after a renewal the old card still matches its export row, and a row that disagrees is refused', async () => {
    const renewed = `${idNumberFor(30)}42`;
    const exported = writeExport(join(dir, 'renewed.csv'), [registerRow(30, county)]);
    expect(await run(exported)).toMatchObject({ imported: 1 });
    await db.transaction(async (manager) => {
      await printing.app.get(ChangeCardStatusService).execute(manager, {
        cardNumber: renewed,
        event: { type: 'SUPERSEDE', caseKind: 'RENEWAL_EXPIRY' },
        on: '2026-11-30' as never,
        actor: 'system',
        reason: 'renewed on expiry',
      });
      await printing.app.get(RegisterPrintedCardService).execute(manager, {
        cardNumber: renewed,
        holderIdNumber: idNumberFor(30),
        category: 'PHYSICAL',
        level: 2,
        issuingCountyCode: county,
        issuedOn: '2026-11-30' as never,
        validFrom: '2026-11-30' as never,
        validThrough: '2036-11-29' as never,
        applicationId: '0b1c2d3e-4f50-4a61-8b72-9c8d7e6f5a41',
      });
    });
    const before = await snapshot();
    // The superseded card is the one the export describes: nothing changes, nothing is refused.
    expect(await run(exported)).toMatchObject({ imported: 0, unchanged: 1, rejected: 0 });
    // A row equal to neither card is compared with the card in force, the successor.
    const other = await run(
      writeExport(join(dir, 'renewed-visual.csv'), [
        registerRow(30, county, { assessment_method: 'VISUAL' }),
      ]),
    );
    expect(other).toMatchObject({ imported: 0, unchanged: 0, rejected: 1 });
    expect(other.rejectedRows[0]!.problems[0]!.reason).toMatch(
      /different issued_on, valid_from, valid_through, assessment_method; the register entry was kept/,
    );
    expect(await snapshot()).toEqual(before);
  });

  it('loads cancelled, frozen and lost cards in their state, and the parts of a multiple card (R21–R23)', async () => {
    const number = (n: number, digits = '42') => `${idNumberFor(n)}${digits}`;
    const file = writeExport(join(dir, 'states.csv'), [
      registerRow(40, county, { status: '注销', status_changed_on: '2021-03-04' }),
      registerRow(41, county, { status: 'FROZEN', status_changed_on: '2025-01-02' }),
      registerRow(42, county, { status: 'REPORTED_LOST', status_changed_on: '2026-10-01' }),
      registerRow(43, county, {
        card_number: number(43, '72'),
        category: 'MULTIPLE',
        impairments: 'PHYSICAL:2;HEARING:4',
      }),
      registerRow(44, county),
      registerRow(44, county, { status: 'CANCELLED', status_changed_on: '2020-01-01' }),
    ]);
    const summary = await run(file);
    expect(summary).toMatchObject({ imported: 4, duplicatesInFile: 0, rejected: 2 });
    // Two lines of one number giving the card different states: neither is the truth for sure.
    expect(summary.rejectedRows[0]!.problems[0]!.reason).toMatch(
      /different status, status_changed_on; fix the source/,
    );

    const card = (cardNumber: string) =>
      db.getRepository(RegisteredCard).findOneByOrFail(withNumber(cardNumber));
    expect(await card(number(40))).toMatchObject({ status: 'CANCELLED', impairments: null });
    expect(await card(number(41))).toMatchObject({ status: 'FROZEN' });
    expect(await card(number(42))).toMatchObject({ status: 'REPORTED_LOST' });
    const history = await db
      .getRepository(CardStatusChange)
      .findBy({ card: withNumber(number(40)), actor: 'import' });
    expect(history.map((h) => [h.fromStatus, h.toStatus, h.on])).toEqual([
      [null, 'CANCELLED', '2021-03-04'],
    ]);
    // What a partial cancellation of the multiple card will strike off from (R23).
    const multiple = await card(number(43, '72'));
    expect(await classificationOfCard(db.manager, multiple)).toEqual({
      category: 'MULTIPLE',
      level: 2,
      impairments: [
        { category: 'HEARING', level: 4 },
        { category: 'PHYSICAL', level: 2 },
      ],
    });

    // A re-run does not undo what happened since: the register's history decides the state.
    await db.transaction((manager) =>
      printing.app.get(ChangeCardStatusService).execute(manager, {
        cardNumber: number(42),
        event: { type: 'CANCEL', caseKind: 'CANCELLATION_FULL' },
        on: '2026-11-30' as never,
        actor: 'system',
        reason: 'cancelled on request',
      }),
    );
    const before = await snapshot();
    expect(await run(file)).toMatchObject({ imported: 0, unchanged: 4, rejected: 2 });
    expect(await snapshot()).toEqual(before);
    expect(await card(number(42))).toMatchObject({ status: 'CANCELLED' });
  });
});
