export * from './application-eligibility';
export * from './residence-permit';
export * from './timing-rules';
