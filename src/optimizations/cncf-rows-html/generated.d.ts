declare module '@generated/optimization-cncf-rows-html/default/korean.json' {
  /** The Korean descriptions the rows' HTML leaves out, by project name (./split.ts). */
  const korean: Readonly<Record<string, string>>;
  export default korean;
}
