import {Prism} from 'prism-react-renderer';
import remarkHighlight from './build-time-highlighting/remark';
import {UNITS, type UnitId} from './manifest';

/** The environment variable that turns the layer, or some of its units, off. */
export const SWITCH = 'SITE_OPTIMIZATIONS';

const ALL: readonly UnitId[] = UNITS.map(({id}) => id);

/**
 * The units a SITE_OPTIMIZATIONS value selects: unset, `on` or `all` for
 * every unit; `off` or `none` for none (stock Docusaurus and search plugin);
 * `-a,-b` for all but those; `a,b` for those only.
 */
export function selectUnits(setting: string | undefined): UnitId[] {
  const value = (setting ?? '').trim();
  if (['', 'on', 'all'].includes(value)) return [...ALL];
  if (['off', 'none'].includes(value)) return [];
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  const unknown = items.map((item) => item.replace(/^-/, '')).filter((id) => !(ALL as readonly string[]).includes(id));
  if (unknown.length > 0) {
    throw new Error(`${SWITCH}=${value}: no optimization unit named ${unknown.join(', ')}. Units: ${ALL.join(', ')}; or "on", "off".`);
  }
  const removed = items.filter((item) => item.startsWith('-'));
  if (removed.length > 0 && removed.length < items.length) {
    throw new Error(`${SWITCH}=${value}: either list the units to keep, or the units to remove with "-", not both.`);
  }
  if (removed.length > 0) return ALL.filter((id) => !removed.includes(`-${id}`));
  return ALL.filter((id) => items.includes(id));
}

type RemarkPlugin = [typeof remarkHighlight, {languages: readonly string[]}];

export type Layer = {
  readonly units: readonly UnitId[];
  /** Added after the search theme, so that the units' theme components come before the plugin's. */
  readonly themes: readonly string[];
  /** For every content plugin (docs, blog, pages). */
  readonly remarkPlugins: readonly RemarkPlugin[];
  /** themeConfig.prism.additionalLanguages: none when code is highlighted at build time. */
  readonly prismAdditionalLanguages: string[];
};

/** What docusaurus.config.ts adds for the selected units; `codeLanguages` are the code block languages beyond Prism's defaults. */
export function optimizationLayer(codeLanguages: readonly string[], setting = process.env[SWITCH]): Layer {
  const units = selectUnits(setting);
  const highlightAtBuild = units.includes('build-time-highlighting');
  return {
    units,
    themes: units.map((id) => `./src/optimizations/${id}/plugin.ts`),
    remarkPlugins: highlightAtBuild ? [[remarkHighlight, {languages: codeLanguages}]] : [],
    prismAdditionalLanguages: highlightAtBuild ? [] : codeLanguages.filter((language) => !Prism.languages[language]),
  };
}
