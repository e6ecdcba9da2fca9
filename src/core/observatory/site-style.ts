/** The observatory's one stylesheet (assets/site.css): readable on screen, A4 on paper. @module */
export const SITE_CSS = `:root{color-scheme:light}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1F1F1F;background:#FFF}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#FFF;padding:4px 8px;z-index:2}
header.site{background:#123456;color:#FFF;padding:8px 24px}
header.site a{color:#FFF;margin-right:16px}
header.site a:focus,a:focus,input:focus,summary:focus{outline:3px solid #B35900;outline-offset:2px}
main{max-width:980px;margin:0 auto;padding:16px 24px 32px}
h1{font-size:1.9rem;color:#123456;margin:8px 0 4px;line-height:1.2}
h2{font-size:1.3rem;border-bottom:2px solid #1F4E79;padding-bottom:4px;margin-top:32px}
h3{font-size:1.05rem;margin:20px 0 6px}
.code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85em;color:#3A3A3A;background:#F2F2F2;padding:0 4px;border-radius:3px}
.lede,.meta{color:#3A3A3A}
nav.crumbs{font-size:.9rem;margin-top:8px}
dl.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(210px,1fr));gap:12px;margin:16px 0}
dl.figures div{border:1px solid #BFBFBF;border-top:4px solid #1F4E79;padding:8px 12px}
dl.figures dt{font-size:.9rem;color:#3A3A3A}
dl.figures dd{margin:0}
dl.figures .value{font-size:1.5rem;font-weight:700;color:#123456;display:block}
dl.figures .none .value{color:#595959;font-weight:400;font-size:1.1rem}
dl.figures .src,dl.figures .note{font-size:.8rem;color:#3A3A3A;display:block}
dl.figures .note{margin-top:4px;color:#1F1F1F}
dl.figures .value.above{color:#B00020}
table{border-collapse:collapse;width:100%;margin:8px 0 16px;font-size:.92rem}
caption{text-align:left;font-weight:600;padding:4px 0}
th,td{border:1px solid #BFBFBF;padding:4px 8px;text-align:left;vertical-align:top}
td,th,dd,p,li{overflow-wrap:anywhere}
@media (max-width:600px){main{padding:12px}th,td{padding:3px 4px}table{font-size:.85rem}header.site{padding:8px 12px}}
thead th{background:#DDEBF7}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.chart{max-width:100%;height:auto;display:block;margin:8px 0}
figure{margin:16px 0}
figcaption{font-size:.85rem;color:#3A3A3A}
details{margin:4px 0 12px}
summary{cursor:pointer;color:#0B4F8A}
.status-open{color:#1B5E20}.status-missing{color:#B00020}.status-national{color:#3A3A3A}.status-region{color:#7A4100}
ul.cols{columns:3 220px;padding-left:18px}
.cite{border-left:4px solid #1F4E79;background:#F4F8FC;padding:8px 12px}
pre{white-space:pre-wrap;word-break:break-all;background:#F2F2F2;padding:8px;font-size:.8rem}
label{font-weight:600}
input[type=search]{font-size:1rem;padding:6px 8px;width:100%;max-width:420px;border:1px solid #595959}
footer{max-width:980px;margin:0 auto;padding:16px 24px;font-size:.85rem;color:#3A3A3A;border-top:1px solid #BFBFBF}
a{color:#0B4F8A}
@media print{
  @page{size:A4;margin:14mm}
  body{font-size:10pt}
  header.site,.skip,.no-print,details.embed,nav.crumbs{display:none}
  main{max-width:none;padding:0}
  h2,h3{break-after:avoid}
  details,summary{display:none}
  dl.figures .value{font-size:14pt}
  table,svg,figure,dl.figures div{break-inside:avoid}
  dl.figures{grid-template-columns:repeat(4,1fr)}
  a{color:inherit;text-decoration:none}
}
`;
