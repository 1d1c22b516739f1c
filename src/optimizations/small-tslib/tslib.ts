/**
 * The one tslib helper @docusaurus/utils-common calls. It requires tslib as a
 * whole from CommonJS, which put every helper (about 4 KiB compressed) into
 * main.js; the browser bundle gives it this module instead (./plugin.ts,
 * pinned to the file that requires it).
 */
export {__importDefault} from 'tslib';
