// The go-kit's style sheet: black on white (readable in sunlight), sizes in
// rem so the text size the phone's user chose is the one used, a single
// column that fits 320 px, and buttons and links at least 48 px high for a
// thumb. No colour carries meaning alone: words and weight do.
export const KIT_CSS = `
*{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans",Arial,sans-serif;font-size:100%;line-height:1.45;color:#000;background:#fff;overflow-wrap:anywhere;-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0 auto;max-width:42rem;padding:0 .75rem 4rem}
header{border-bottom:3px solid #000;padding:.75rem 0 .5rem}
.org{margin:0;font-weight:600}
h1{font-size:1.5rem;margin:.25rem 0}
h2{font-size:1.35rem;margin:1.5rem 0 .5rem}
h3{font-size:1.1rem;margin:1rem 0 .4rem}
h4{font-size:1rem;margin:0 0 .25rem}
p{margin:.4rem 0}
a{color:#0000c8;text-decoration-thickness:2px;text-underline-offset:2px}
a:focus-visible,button:focus-visible,input:focus-visible,textarea:focus-visible{outline:4px solid #000;outline-offset:2px}
.mono,code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.9em;overflow-wrap:anywhere}
.plan-status{border:3px solid #000;padding:.25rem .75rem;margin:1rem 0}
.attention{border-left:.5rem solid #000;padding-left:.5rem}
.hash{font-size:.85rem}
.runbook-list{list-style:none;padding:0}
.runbook-list a,.update-draft a,#open-walks a,.call,button{display:flex;align-items:center;min-height:3rem;padding:.5rem .75rem;margin:.4rem 0;border:2px solid #000;border-radius:.4rem;font-size:1.05rem;text-decoration:none;color:#000;background:#fff;width:100%;text-align:left;font-family:inherit;line-height:1.3}
.call{font-weight:700;color:#000}
button.primary,.call{background:#000;color:#fff}
.draft-text{border:2px dashed #000;padding:.5rem .75rem;margin:.4rem 0}
button{cursor:pointer}
button:disabled{opacity:.5}
.runbook{border-top:3px solid #000;margin-top:2rem}
.warnings,.step-warning,.walk-warnings{border:3px solid #000;padding:.25rem .75rem;margin:.75rem 0;font-weight:600}
.steps{list-style:none;padding:0}
.step{border:2px solid #000;border-radius:.4rem;padding:.5rem .75rem;margin:.75rem 0}
.text,.why,.reach,.summary{white-space:pre-line}
.keep{white-space:nowrap}
.why,.role,.reach,.facts,.check{font-size:.95rem}
.branches{padding-left:1.2rem}
.contact{border-left:4px solid #000;padding:.1rem 0 .1rem .6rem;margin:.6rem 0}
.contact .name{font-weight:700;margin:0}
.alternates{padding-left:1.2rem;margin:.25rem 0}
.alternates a{display:inline-block;min-height:2.75rem;padding:.6rem 0}
label{display:block;font-weight:600;margin:.75rem 0 .25rem}
input,textarea{width:100%;font:inherit;padding:.6rem;border:2px solid #000;border-radius:.4rem;min-height:3rem}
input[type=checkbox]{width:1.75rem;height:1.75rem;min-height:0;margin:0 .5rem 0 0;vertical-align:middle;accent-color:#000}
.choices{display:grid;gap:.25rem}
.progress{font-weight:700;font-size:1.1rem}
.step-card{border:3px solid #000;border-radius:.4rem;padding:.5rem .75rem}
.note{font-style:italic}
.history{padding-left:1.2rem}
[hidden],.walking header h1{display:none!important}
`;
