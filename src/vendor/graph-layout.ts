// dagre, loaded only when the binder draws flowcharts as HTML (bundled on its
// own by scripts/build.mjs, like every file of src/vendor/).
export { default as dagre } from '@dagrejs/dagre';
export type { Graph } from '@dagrejs/dagre';
