// Tasklist configuration of the CRSV Commitment Tracker (replaces the webapp's default config.js).
export default {
  // lists start with the most urgent task first (see due-date-first.js)
  customScripts: ['scripts/due-date-first']
};
