// Tasklist configuration of the CRSV Commitment Tracker (replaces the webapp's default config.js).
export default {
  // lists start with the most urgent task first (see due-date-first.js); forms with a dynamic list (the plan's
  // activities) can be completed (see dynamic-list-complete.js); narrative fields warn while their text looks
  // like personal data (see personal-data-warning.js); a "Demo data" bar shows while the server holds demo data
  // (see demo-banner.js)
  customScripts: [
    'scripts/due-date-first',
    'scripts/dynamic-list-complete',
    'scripts/personal-data-warning',
    'scripts/demo-banner'
  ]
};
