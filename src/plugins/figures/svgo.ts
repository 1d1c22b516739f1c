/**
 * How SVGO treats the SVG files that figures draw (Docusaurus's SVGR plugin
 * runs it on every imported .svg).
 */

// A figure fills the column on a phone; on a wide screen it grows to at most 46rem for a
// drawing 560 units wide, and a narrower drawing (drawn narrow so its text stays legible
// on a phone) stops at the same scale instead of growing its text past the others'.
const figureMaxWidth = {
  name: 'figureMaxWidth',
  fn: () => ({
    element: {
      enter: (node: {name: string; attributes: Record<string, string>}, parent: {type: string}) => {
        const width = Number(node.attributes.viewBox?.split(/[\s,]+/)[2]);
        if (node.name !== 'svg' || parent.type !== 'root' || !(width > 0) || node.attributes.style) return;
        node.attributes.style = `max-width:${((46 * width) / 560).toFixed(2)}rem`;
      },
    },
  }),
};

export const figureSvgo = {
  plugins: [
    // Each file prefixes its own ids, which SVGO must keep: minified ids ("a", "b") would collide between two figures on a page.
    {name: 'preset-default', params: {overrides: {removeTitle: false, removeViewBox: false, cleanupIds: false}}},
    figureMaxWidth,
  ],
};
