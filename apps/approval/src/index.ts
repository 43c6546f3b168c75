// What composes this service from outside (end-to-end tests, tools): never other services.
export { ApprovalConfig } from './config/approval.config';
export { APPROVAL_PERSISTENCE } from './approval.persistence';
export { APPROVAL_SERVICE, ApprovalModule } from './approval.module';
