/**
 * The shape of a calendar date in China (UTC+8), YYYY-MM-DD; working-day rules count these. The
 * shape only: validate fields with IsLocalDate, which also refuses days that do not exist.
 */
export const LOCAL_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const LOCAL_DATE_MESSAGE = '$property must be a date YYYY-MM-DD';
