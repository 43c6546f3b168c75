/** A calendar date in China (UTC+8) as YYYY-MM-DD; working-day rules count these. */
export const LOCAL_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const LOCAL_DATE_MESSAGE = '$property must be a date YYYY-MM-DD';
