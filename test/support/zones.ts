/** Host time zones the time tests run under: both signs, half and quarter hours, odd DST rules. */
export const HOST_ZONES = [
  'UTC',
  'America/Los_Angeles',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'Australia/Lord_Howe',
] as const
