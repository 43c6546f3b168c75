import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An event this service has handled; a redelivery of the same id changes nothing. */
@Entity('inbox_message')
export class InboxMessage {
  @PrimaryColumn({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'text' })
  eventType!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  handledAt!: Date;
}
