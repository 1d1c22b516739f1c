declare module '@generated/cncf-summary/default/summary.json' {
  const summary: import('./summary').CncfSummary;
  export default summary;
}

declare module '@generated/cncf-summary/default/facts.json' {
  const facts: Readonly<Record<string, import('./summary').ProjectFacts>>;
  export default facts;
}
