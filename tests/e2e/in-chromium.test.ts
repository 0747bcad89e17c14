// The tests that run in a real browser, in one file. vitest runs a file in
// one test process, and each test process starts one chromium (./chromium.ts):
// as four files they ran in up to three processes at once, each starting its
// own browser (2.5 s of CPU each: the browser, its GPU and utility processes,
// a first page). One browser driven over a socket from another process cost
// more than that saved. Each part keeps its own contexts, so no state crosses
// from one to another; run one part with -t, for example
// `npx vitest run tests/e2e/in-chromium.test.ts -t go-kit`.
import './kit.in-chromium.js';
import './rollup-html.in-chromium.js';
import './export-pdf.in-chromium.js';
import './exercise-pdf.in-chromium.js';
