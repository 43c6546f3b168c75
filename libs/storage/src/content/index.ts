export * from './decode-image';
export * from './parse-pdf';
export * from './undecodable-content.error';
