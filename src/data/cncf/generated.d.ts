declare module '@generated/cncf-summary/default/summary.json' {
  const summary: import('./summary').CncfSummary;
  export default summary;
}
