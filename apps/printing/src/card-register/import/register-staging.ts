import { EncryptedFieldTransformer } from '@tongban/persistence';
import { EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { cardByNumberOrder, cardNumberHash } from '../card-by-number';
import { CardStatusChange } from '../card-status-change.entity';
import { CARD_IN_FORCE_SQL, RegisteredCard } from '../registered-card.entity';
import type { ImportedCard, RejectedRow } from './parse-register-row';

/**
 * The columns compared to decide whether two rows describe the same card. The status is not
 * one: it only sets a newly registered card's state; once registered, the register's own
 * history decides it, and re-running an older export does not undo a loss reported since. Nor
 * is the holder's ID number: rows are only compared under one number's hash, and the number
 * begins with it (parseRegisterRow refuses a row where it does not), so it cannot differ.
 */
const CARD_FACTS = [
  'category',
  'level',
  'issuing_county_code',
  'issued_on',
  'valid_from',
  'valid_through',
  'assessment_method',
  'impairments',
] as const;

/** Inside one file, two lines of a number must agree on the state they give the card too. */
const FILE_FACTS = [...CARD_FACTS, 'status', 'status_changed_on'] as const;

/** Counts of the set-based merge. */
export interface MergeResult {
  readonly imported: number;
  readonly unchanged: number;
  readonly duplicatesInFile: number;
  readonly rejected: RejectedRow[];
}

/**
 * A session-local staging table the valid rows are streamed into in batches, and the set-based
 * SQL that merges it into the register: a handful of statements for the whole file, never one
 * round trip per row. Everything runs in the caller's transaction on one connection.
 *
 * The staging table holds no number in clear either (temporary tables reach the disk too): each
 * row carries the number's keyed hash, which every comparison uses, and the ciphertexts of the
 * number and ID the register and its history store, sealed here as the rows stream in. A row
 * whose number the register already holds is never inserted (unchanged or refused), so it is
 * staged without them: a re-run seals nothing.
 */
export class RegisterStaging {
  private readonly registerNumber: EncryptedFieldTransformer;
  private readonly registerHolder: EncryptedFieldTransformer;
  private readonly historyNumber: EncryptedFieldTransformer;
  private inFlight: Promise<void> = Promise.resolve();

  constructor(private readonly manager: EntityManager) {
    this.registerNumber = encryptionOf(manager, RegisteredCard, 'cardNumber');
    this.registerHolder = encryptionOf(manager, RegisteredCard, 'holderIdNumber');
    this.historyNumber = encryptionOf(manager, CardStatusChange, 'cardNumber');
  }

  /**
   * Refuses to import while register entries from before encryption lack their lookup hash: the
   * merge would not see them and register a second card in force with their number.
   */
  async assertRegisterHashed(): Promise<void> {
    const [{ count }] = (await this.manager.query(
      'SELECT count(*)::int AS count FROM printing.card_register WHERE card_number_hash IS NULL',
    )) as [{ count: number }];
    if (count > 0)
      throw new Error(
        `card_register: ${count} card(s) from before encryption have no card_number_hash yet; the printing service's background re-encryption fills it, import once it has`,
      );
  }

  async create(): Promise<void> {
    await this.manager.query(
      `CREATE TEMP TABLE register_import_row (
         line integer NOT NULL, card_number_hash text NOT NULL, card_number text,
         holder_id_number text, history_card_number text,
         category text NOT NULL, level smallint NOT NULL, issuing_county_code char(6) NOT NULL,
         issued_on date NOT NULL, valid_from date NOT NULL, valid_through date NOT NULL,
         assessment_method text NOT NULL, validity_basis text, impairments jsonb,
         status text NOT NULL, status_changed_on date
       ) ON COMMIT DROP`,
    );
  }

  /**
   * Seals a batch and sends it as one INSERT, each column as one array parameter (unnest). The
   * sealing overlaps the previous batch's INSERT, and PostgreSQL stores this one while the caller
   * reads the next (one in flight on the connection). A failure surfaces at the next append or
   * at the merge.
   */
  async append(rows: readonly ImportedCard[]): Promise<void> {
    if (rows.length === 0) return;
    const hashes = rows.map((r) => cardNumberHash(r.cardNumber));
    await this.inFlight;
    const registered: { hash: string }[] = await this.manager.query(
      'SELECT card_number_hash AS hash FROM printing.card_register WHERE card_number_hash = ANY($1::text[])',
      [hashes],
    );
    const columns = this.columnsOf(rows, hashes, new Set(registered.map((r) => r.hash)));
    this.inFlight = this.manager.query(
      `INSERT INTO register_import_row
       SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[],
                            $6::text[], $7::smallint[], $8::char(6)[], $9::date[], $10::date[],
                            $11::date[], $12::text[], $13::text[], $14::jsonb[], $15::text[],
                            $16::date[])`,
      columns,
    );
    this.inFlight.catch(() => undefined);
  }

  /**
   * The batch as the INSERT's array parameters: the number hashed, and the number and ID sealed
   * where the register does not hold the number yet.
   */
  private columnsOf(
    rows: readonly ImportedCard[],
    hashes: string[],
    registered: ReadonlySet<string>,
  ): unknown[][] {
    const sealed = (seal: (row: ImportedCard) => unknown) =>
      rows.map((r, i) => (registered.has(hashes[i]!) ? null : seal(r)));
    return [
      rows.map((r) => r.line),
      hashes,
      sealed((r) => this.registerNumber.to(r.cardNumber)),
      sealed((r) => this.registerHolder.to(r.holderIdNumber)),
      sealed((r) => this.historyNumber.to(r.cardNumber)),
      rows.map((r) => r.category),
      rows.map((r) => r.level),
      rows.map((r) => r.issuingCountyCode),
      rows.map((r) => r.issuedOn),
      rows.map((r) => r.validFrom),
      rows.map((r) => r.validThrough),
      rows.map((r) => r.assessmentMethod),
      rows.map((r) => r.validityBasis),
      rows.map((r) => (r.impairments ? JSON.stringify(r.impairments) : null)),
      rows.map((r) => r.status),
      rows.map((r) => r.statusChangedOn),
    ];
  }

  /**
   * Merges the staged rows: a number whose rows in the file disagree is refused on every line
   * (which one is right is for the county to say); identical repeats count once; a row that
   * disagrees with the card the register holds under its number is refused; a row equal to a
   * card of its number (in force or superseded) changes nothing; the rest are registered in
   * the status the export gives (ACTIVE unless it says otherwise) with an 'import' history
   * entry dated the day they entered it.
   */
  async merge(options: { on: string; reason: string }): Promise<MergeResult> {
    await this.inFlight;
    const differs = (a: string, b: string) =>
      CARD_FACTS.map((c) => `(${a}.${c} IS DISTINCT FROM ${b}.${c})`).join(' OR ');
    const differingFacts = (a: string, b: string, facts: readonly string[] = CARD_FACTS) =>
      `array_remove(ARRAY[${facts.map((c) => `CASE WHEN ${a}.${c} IS DISTINCT FROM ${b}.${c} THEN '${c}' END`).join(', ')}], NULL)`;
    await this.manager.query('ANALYZE register_import_row');

    const fileConflicts: {
      line: number;
      card_number_hash: string;
      card_number: string;
      lines: number[];
      facts: string[];
    }[] = await this.manager.query(
      `WITH first AS (
           -- The compared columns only: the sort leaves the ciphertexts where they are.
           SELECT DISTINCT ON (card_number_hash) card_number_hash, ${FILE_FACTS.join(', ')}
           FROM register_import_row ORDER BY card_number_hash, line
         ), compared AS (
           SELECT s.line, s.card_number_hash, s.card_number,
                  ${differingFacts('s', 'f', FILE_FACTS)} AS facts
           FROM register_import_row s JOIN first f ON f.card_number_hash = s.card_number_hash
         ), conflicting AS (
           SELECT card_number_hash, array_agg(DISTINCT fact ORDER BY fact) AS facts
           FROM compared, unnest(facts) AS fact GROUP BY card_number_hash
         )
         -- A row staged without its ciphertext has a number the register holds: name it from there.
         SELECT c.line, c.card_number_hash, k.facts,
                COALESCE(c.card_number, (SELECT r.card_number FROM printing.card_register r
                  WHERE r.card_number_hash = c.card_number_hash LIMIT 1)) AS card_number,
                (SELECT array_agg(o.line ORDER BY o.line) FROM register_import_row o
                  WHERE o.card_number_hash = c.card_number_hash AND o.line <> c.line) AS lines
         FROM compared c JOIN conflicting k ON k.card_number_hash = c.card_number_hash
         ORDER BY c.line`,
    );
    await this.manager.query(
      `DELETE FROM register_import_row WHERE card_number_hash = ANY($1::text[])`,
      [[...new Set(fileConflicts.map((r) => r.card_number_hash))]],
    );
    const [{ count: duplicates }] = (await this.manager.query(
      `WITH gone AS (
         DELETE FROM register_import_row s USING register_import_row f
         WHERE f.card_number_hash = s.card_number_hash AND f.line < s.line RETURNING s.line
       ) SELECT count(*)::int AS count FROM gone`,
    )) as [{ count: number }];

    // A row equal to a card the register holds with its number changes nothing, whether that
    // card is in force or was since superseded by a renewal (R13–R17): re-runs stay idempotent.
    const [{ count: unchanged }] = (await this.manager.query(
      `WITH gone AS (
         DELETE FROM register_import_row s WHERE EXISTS (
           SELECT 1 FROM printing.card_register r
           WHERE r.card_number_hash = s.card_number_hash AND NOT (${differs('s', 'r')}))
         RETURNING s.line
       ) SELECT count(*)::int AS count FROM gone`,
    )) as [{ count: number }];
    // Any other row of a number the register knows disagrees with the card the number means
    // (in force, else the latest: CardByNumber's order); the register entry is kept.
    const registerConflicts: { line: number; card_number: string; facts: string[] }[] =
      await this.manager.query(
        `SELECT s.line, r.card_number, ${differingFacts('s', 'r')} AS facts
         FROM register_import_row s CROSS JOIN LATERAL (
           SELECT * FROM printing.card_register r WHERE r.card_number_hash = s.card_number_hash
           ORDER BY ${cardByNumberOrder('r')} LIMIT 1) r
         ORDER BY s.line`,
      );
    await this.manager.query(
      `DELETE FROM register_import_row s USING printing.card_register r
       WHERE r.card_number_hash = s.card_number_hash`,
    );

    const [{ count: imported }] = (await this.manager.query(
      `WITH registered AS (
         INSERT INTO printing.card_register (card_id, card_number_hash, card_number,
           holder_id_number, category, level, impairments, issuing_county_code, issued_on,
           valid_from, valid_through, assessment_method, validity_basis, status, source,
           status_changed_at)
         SELECT gen_random_uuid(), card_number_hash, card_number, holder_id_number, category,
           level, impairments, issuing_county_code, issued_on, valid_from, valid_through,
           assessment_method, validity_basis, status, 'IMPORTED',
           COALESCE(status_changed_on::timestamptz, now())
         -- In hash order, the register's hash indexes grow at their ends, not at random pages.
         FROM register_import_row ORDER BY card_number_hash
         ON CONFLICT (card_number_hash) WHERE ${CARD_IN_FORCE_SQL} DO NOTHING
         RETURNING card_id, card_number_hash, status
       ), history AS (
         INSERT INTO printing.card_status_change (card_id, card_number, from_status, to_status, "on", actor, reason)
         SELECT r.card_id, s.history_card_number, NULL, r.status,
           COALESCE(s.status_changed_on, $1::date), 'import', $2
         FROM registered r JOIN register_import_row s ON s.card_number_hash = r.card_number_hash
       ) SELECT count(*)::int AS count FROM registered`,
      [options.on, options.reason],
    )) as [{ count: number }];

    const rejected: RejectedRow[] = [
      ...fileConflicts.map((r) => ({
        line: r.line,
        cardNumber: this.openNumber(r.card_number),
        problems: [
          {
            field: 'card_number',
            rule: 'REGISTER',
            reason: `card_number: also on line(s) ${r.lines.join(', ')} of this file with different ${r.facts.join(', ') || 'data'}; fix the source, none of these lines was imported`,
          },
        ],
      })),
      ...registerConflicts.map((r) => ({
        line: r.line,
        cardNumber: this.openNumber(r.card_number),
        problems: [
          {
            field: r.facts[0] ?? 'card_number',
            rule: 'REGISTER',
            reason: `card_number: the register already holds this card with different ${r.facts.join(', ')}; the register entry was kept`,
          },
        ],
      })),
    ];
    return { imported, unchanged, duplicatesInFile: duplicates, rejected };
  }

  /** The number of a refused row, for the operator's rejects file (never logged). */
  private openNumber(sealed: string): string {
    return this.registerNumber.from(sealed) as string;
  }
}

/** The encryption of an entity's encrypted column, to seal values in the column's own name. */
function encryptionOf<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  property: keyof T & string,
): EncryptedFieldTransformer {
  const transformer = manager.connection
    .getMetadata(entity)
    .findColumnWithPropertyName(property)?.transformer;
  if (!(transformer instanceof EncryptedFieldTransformer))
    throw new Error(`${String(property)} is not an encrypted column`);
  return transformer;
}
