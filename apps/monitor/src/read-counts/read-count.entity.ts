import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * How many reads of cases' personal data one county's staff made in one service on one day,
 * as the county last reported it. Counts only (R32): who read what stays in the county.
 */
@Entity('read_count')
@Index('read_count_day', ['day'])
export class ReadCount {
  @PrimaryColumn({ type: 'text' })
  countyCode!: string;

  @PrimaryColumn({ type: 'text' })
  service!: string;

  @PrimaryColumn({ type: 'date' })
  day!: string;

  @Column({ type: 'integer' })
  reads!: number;

  /** When the county counted: a later report replaces an earlier one, never the reverse. */
  @Column({ type: 'timestamptz' })
  reportedAt!: Date;
}
