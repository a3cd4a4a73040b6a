// "Demo data" banner of the CRSV Commitment Tracker: while the server holds demo users or demo commitments
// (org.wps.commitments.demo.DemoBanner answers GET /demo-status), a red bar on top of the webapp says so, in the
// browser's language (the sentence comes from the server's message bundles). Outside demo it shows nothing.
const BANNER_ID = 'wps-demo-banner';

fetch(new URL('../../../../demo-status', document.baseURI || window.location.href), {credentials: 'omit'})
  .then((response) => (response.ok ? response.json() : {demo: false}))
  .then((status) => {
    if (!status.demo || document.getElementById(BANNER_ID)) {
      return;
    }
    const banner = document.createElement('div');
    banner.id = BANNER_ID;
    banner.setAttribute('role', 'status');
    banner.textContent = status.banner;
    banner.style.cssText = 'background:#b00020;color:#fff;font-weight:bold;padding:4px 12px;text-align:center;'
      + 'position:relative;z-index:10000';
    document.body.insertBefore(banner, document.body.firstChild);
  })
  .catch(() => undefined);
