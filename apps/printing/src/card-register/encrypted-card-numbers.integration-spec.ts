import { FieldReencryption } from '@tongban/persistence';
import { ServiceApp } from '@tongban/runtime';
import { TestNode } from '@tongban/testing';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { PRINTING_DEFINITION } from '../printing.definition';
import { CardByNumber } from './card-by-number';
import { idNumberFor, registerRow, writeExport } from './import/__tests__/register-rows';
import { ImportProgress } from './import/import-progress';
import { importRegister } from './import/import-register';

/**
 * Security item 3: card numbers begin with the holder's ID number, so the register keeps them
 * encrypted and finds a card by the number's keyed hash. Rows from before encryption (as the
 * migration leaves them: in clear, no hash) are encrypted and hashed in the background.
 */
describe('printing: card numbers at rest in the register (real PostgreSQL)', () => {
  let node: TestNode;
  let printing: ServiceApp;
  let db: DataSource;
  const number = `${idNumberFor(60)}42`;
  const dir = mkdtempSync(join(tmpdir(), 'card-numbers-'));
  const run = () =>
    importRegister(db, {
      file: writeExport(join(dir, 'one.csv'), [registerRow(60, node.countyCodes[0]!)]),
      servedCounties: node.countyCodes,
      asOf: '2026-12-02' as never,
      progress: new ImportProgress(() => undefined),
    });
  const stored = async () => ({
    card: (
      await db.query(
        'SELECT card_id, card_number, card_number_hash, holder_id_number FROM printing.card_register',
      )
    )[0] as Record<string, string | null>,
    history: (await db.query('SELECT card_number FROM printing.card_status_change'))[0] as {
      card_number: string;
    },
  });

  beforeAll(async () => {
    node = await TestNode.create();
    printing = await node.start(PRINTING_DEFINITION);
    db = printing.app.get(DataSource);
  });

  afterAll(() => node.dispose());

  it('stores the number and ID encrypted, and finds the card by the hash alone', async () => {
    expect(await run()).toMatchObject({ imported: 1 });
    const { card, history } = await stored();
    expect(card.card_number).toMatch(/^enc:v1:/);
    expect(card.holder_id_number).toMatch(/^enc:v1:/);
    expect(history.card_number).toMatch(/^enc:v1:/);
    expect(JSON.stringify(card)).not.toContain(idNumberFor(60));
    const found = await printing.app.get(CardByNumber).find(number.toLowerCase());
    expect(found).toMatchObject({ cardId: card.card_id, cardNumber: number });
    expect(found!.holderIdNumber).toBe(idNumberFor(60));
  });

  it('encrypts a register row from before encryption and fills its hash; the import refuses until then', async () => {
    const { card } = await stored();
    // As the migration leaves a row written before encryption: values in clear, no hash.
    await db.query(
      `UPDATE printing.card_register
          SET card_number = $2, holder_id_number = $3, card_number_hash = NULL WHERE card_id = $1`,
      [card.card_id, number, idNumberFor(60)],
    );
    await db.query('UPDATE printing.card_status_change SET card_number = $2 WHERE card_id = $1', [
      card.card_id,
      number,
    ]);
    // Not found by its number meanwhile, so the import would register it a second time.
    expect(await printing.app.get(CardByNumber).find(number)).toBeNull();
    await expect(run()).rejects.toThrow(
      /card_register: 1 card\(s\) from before encryption have no card_number_hash yet/,
    );

    const reencryption = printing.app.get(FieldReencryption);
    while ((await reencryption.reencryptBatch()) > 0);
    expect(await reencryption.staleRows()).toBe(0);
    const after = await stored();
    expect(after.card.card_number).toMatch(/^enc:v1:/);
    expect(after.card.holder_id_number).toMatch(/^enc:v1:/);
    expect(after.card.card_number_hash).toBe(card.card_number_hash);
    expect(after.history.card_number).toMatch(/^enc:v1:/);
    expect(await printing.app.get(CardByNumber).find(number)).toMatchObject({
      cardId: card.card_id,
    });
    expect(await run()).toMatchObject({ imported: 0, unchanged: 1, rejected: 0 });
  });
});
