declare module '@generated/cncf-summary/default/summary.json' {
  const summary: import('./summary').CncfSummary;
  export default summary;
}

declare module '@generated/cncf-summary/default/facts.json' {
  const facts: Readonly<Record<string, import('./summary').ProjectFacts>>;
  export default facts;
}

declare module '@generated/cncf-summary/default/english.json' {
  const english: Readonly<Record<string, string>>;
  export default english;
}
