/**
 * Takes the place of prism-react-renderer in the browser bundle. Code is
 * highlighted at build time (remark.ts), and the only client code still
 * importing the package is theme-classic's start-up module that registers
 * `additionalLanguages` on Prism: that list is empty here, so all it needs
 * is an object to register nothing on. Bundling the real package would add
 * about 20 KiB and its grammar set-up to every page's start-up.
 */
export const Prism = {languages: {}};
