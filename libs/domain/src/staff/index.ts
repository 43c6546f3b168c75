export * from './login-compliance';
