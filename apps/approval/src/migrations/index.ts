import { Init1795936152433 } from './1795936152433-init';
import { ExchangeLog1795937637282 } from './1795937637282-exchange-log';
import { ApprovalDesk1795938825422 } from './1795938825422-approval-desk';

/** Committed migrations of the approval schema, oldest first. */
export const APPROVAL_MIGRATIONS = [
  Init1795936152433,
  ExchangeLog1795937637282,
  ApprovalDesk1795938825422,
];
