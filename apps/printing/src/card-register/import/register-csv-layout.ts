/**
 * The column layout of a county register export (one card a row, UTF-8, comma-separated, a
 * header row naming the columns in any order). README "Importing a county's card register" and
 * `register:import --help` print this same table.
 */
export const REGISTER_COLUMNS = [
  {
    name: 'card_number',
    required: true,
    meaning:
      'certificate number: 18-character resident ID + category digit (1–7) + level digit (1–4), optional B1, B2 … reissue suffix (R22)',
  },
  {
    name: 'holder_id_number',
    required: true,
    meaning:
      '18-character resident ID of the holder; must be the first 18 characters of the number',
  },
  {
    name: 'category',
    required: true,
    meaning:
      'VISION HEARING SPEECH PHYSICAL INTELLECTUAL MENTAL MULTIPLE, or its digit 1–7, or 视力 听力 言语 肢体 智力 精神 多重; must match the number',
  },
  {
    name: 'level',
    required: true,
    meaning: '1–4 or 一级–四级; must match the number',
  },
  { name: 'issued_on', required: true, meaning: 'issue date, YYYY-MM-DD, not in the future' },
  {
    name: 'valid_from',
    required: true,
    meaning: 'first day of validity, YYYY-MM-DD, on or before the issue date (R15, R16)',
  },
  {
    name: 'valid_through',
    required: false,
    meaning:
      'last day of validity, YYYY-MM-DD; empty = ten years per R13 (valid_from + 10 years − 1 day); another date needs validity_basis',
  },
  {
    name: 'assessment_method',
    required: true,
    meaning:
      'STANDARD (标准) or VISUAL (目测); pre-2018 visual cards are re-assessed on renewal (R14)',
  },
  {
    name: 'issuing_county_code',
    required: true,
    meaning: '6-digit county code of the issuing (hukou) county; must be one this node serves',
  },
  {
    name: 'validity_basis',
    required: false,
    meaning:
      'why valid_through is not ten years (e.g. the provincial rule the card was issued under); required only then',
  },
  {
    name: 'impairments',
    required: false,
    meaning:
      'for a MULTIPLE (7) card, the categories it is made of with their levels, e.g. VISION:2;PHYSICAL:3 (or 1:2;4:3, 视力:2;肢体:3); the card level must be the most severe (GB/T 26341-2010); empty = not recorded (a partial cancellation then needs a category/level change, R23/R24)',
  },
  {
    name: 'status',
    required: false,
    meaning:
      "the card's state today: ACTIVE (在用, the default), FROZEN (冻结, R21), REPORTED_LOST (挂失, R22), CANCELLED (注销, R23) or MIGRATED_OUT (迁出, R18); a replaced card (SUPERSEDED) is not exported, only its successor",
  },
  {
    name: 'status_changed_on',
    required: false,
    meaning:
      'the day the card entered that state, YYYY-MM-DD, between the issue date and today; required for every status but ACTIVE',
  },
] as const;

export type RegisterColumn = (typeof REGISTER_COLUMNS)[number]['name'];

/** The layout as text, for --help. */
export function describeRegisterLayout(): string {
  const width = Math.max(...REGISTER_COLUMNS.map((c) => c.name.length));
  return REGISTER_COLUMNS.map(
    (c) => `  ${c.name.padEnd(width)}  ${c.required ? 'required' : 'optional'}  ${c.meaning}`,
  ).join('\n');
}
