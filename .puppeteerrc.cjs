// Browsers come from the system's packages (see scripts/browsers.mjs); puppeteer must never download one.
module.exports = { skipDownload: true };
