import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Deadline } from './deadline.entity';

/** How staff see a time limit of a case (R25–R27): due day, state, and whether alerts went out. */
export class DeadlineView {
  @ApiProperty() rule!: string;
  @ApiProperty() dueOn!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ description: 'Computed without a loaded holiday schedule; recomputed when it is' })
  provisional!: boolean;
  @ApiPropertyOptional() closedOn!: string | null;
  @ApiProperty({ description: 'The warning one working day before went out' }) warned!: boolean;
  @ApiProperty({ description: 'The due day passed with the duty undone' }) breached!: boolean;

  static of(deadline: Deadline): DeadlineView {
    const { rule, dueOn, status, provisional, closedOn } = deadline;
    return {
      rule,
      dueOn,
      status,
      provisional,
      closedOn,
      warned: deadline.warnedAt !== null,
      breached: deadline.breachedAt !== null,
    };
  }
}
