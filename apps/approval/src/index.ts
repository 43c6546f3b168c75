// What composes this service from outside (end-to-end tests, tools): never other services.
export { ApprovalConfig } from './config/approval.config';
export { APPROVAL_DEFINITION } from './approval.definition';
export { APPROVAL_PERSISTENCE } from './approval.persistence';
