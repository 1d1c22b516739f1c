/**
 * The CNCF figures for components, written at build time by ./plugin.ts:
 * counts, areas and graduations without the 255 projects behind them.
 */
import summary from '@generated/cncf-summary/default/summary.json';

export default summary;
