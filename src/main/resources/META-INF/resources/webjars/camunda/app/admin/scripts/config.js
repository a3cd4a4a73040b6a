// Admin configuration of the CRSV Commitment Tracker (replaces the webapp's default config.js, whose settings are
// all optional): a "Demo data" bar shows while the server holds demo data (see demo-banner.js)
export default {
  customScripts: ['scripts/demo-banner']
};
