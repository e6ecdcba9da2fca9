/** The review page's stylesheet: readable on screen, compact on paper. @module */
export const PAGE_STYLE = `
:root{color-scheme:light}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1F1F1F;background:#FFF}
main{max-width:960px;margin:0 auto;padding:24px}
h1{font-size:1.6rem;color:#123456;margin:0 0 8px}
h2{font-size:1.3rem;border-bottom:2px solid #1F4E79;padding-bottom:4px;margin-top:32px}
h3{font-size:1.05rem;margin:24px 0 8px}
.meta{color:#3A3A3A}
.status{font-weight:600;padding:8px 12px;border-left:6px solid}
.status-scored{border-color:#2E7D32;background:#EEF6EE}
.status-invalid{border-color:#B00020;background:#FBEDEF}
table{border-collapse:collapse;width:100%;margin:8px 0 16px;font-size:.92rem}
caption{text-align:left;font-weight:600;padding:4px 0}
th,td{border:1px solid #BFBFBF;padding:4px 8px;text-align:left;vertical-align:top}
thead th{background:#DDEBF7}
tbody th{font-weight:400}
.sev-error{color:#B00020;font-weight:600}
.sev-warning{color:#7A4100}
svg{max-width:100%;height:auto;display:block;margin:8px 0}
footer{margin-top:40px;font-size:.85rem;color:#3A3A3A}
a{color:#0B4F8A}
@media print{
  @page{margin:15mm}
  body{font-size:11pt}
  main{max-width:none;padding:0}
  h2{break-after:avoid}
  table,svg{break-inside:avoid}
  .status{border-left-width:3px;background:none}
  thead th{background:#EEE}
  a{color:inherit;text-decoration:none}
}`;
