// What composes this service from outside (end-to-end tests, tools): never other services.
export { PublicityConfig } from './config/publicity.config';
export { PUBLICITY_DEFINITION } from './publicity.definition';
export { PUBLICITY_PERSISTENCE } from './publicity.persistence';
