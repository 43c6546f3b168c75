// The shared error helpers, where printing's code has always imported them from.
export { badRequest, conflict, notFound } from '@tongban/runtime';
