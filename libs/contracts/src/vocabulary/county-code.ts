/** A 6-digit county-level division code (GB/T 2260); full checks live in the domain library. */
export const COUNTY_CODE_PATTERN = /^\d{6}$/;
export const COUNTY_CODE_MESSAGE = '$property must be a 6-digit county code (GB/T 2260)';

/** GB/T 2260's code for the whole country: the destination county of national-monitoring events. */
export const NATIONAL_MONITOR_COUNTY = '100000';
