/**
 * The search enhancement (assets/search.js): shows the search box, loads
 * search.json on first use and lists matching corridors and countries.
 * Plain ES2015, no dependencies; without it the pages stay plain lists.
 * @module
 */
export const SEARCH_JS = `(function(){
var box=document.getElementById('search');if(!box||!window.fetch)return;box.hidden=false;
var q=document.getElementById('q'),out=document.getElementById('results'),data=null;
var root=document.querySelector('link[rel=stylesheet]').getAttribute('href').replace('assets/site.css','');
function norm(s){return s.toLowerCase().normalize('NFD').replace(/[\\u0300-\\u036f]/g,'');}
function li(href,text){var a=document.createElement('a');a.href=root+href;a.textContent=text;var l=document.createElement('li');l.appendChild(a);return l;}
function show(){var t=norm(q.value.trim());out.textContent='';if(!t||!data)return;
var parts=t.split(/\\s*(?:->|→|>|\\bto\\b)\\s*/),n=0,k=data.k;
data.k.forEach(function(c){if(n<8&&(norm(c[1]).indexOf(t)>=0||norm(c[0])===t)){out.appendChild(li('country/'+c[0]+'/',c[1]+' ('+c[0]+')'));n++;}});
function hit(c,p){return !p||norm(c[1]).indexOf(p)>=0||norm(c[0])===p;}
for(var i=0;i<data.c.length&&n<40;i++){var r=data.c[i],o=k[r[0]],d=k[r[1]];
var ok=parts.length>1?hit(o,parts[0])&&hit(d,parts[1]):hit(o,t)||hit(d,t);
if(ok){out.appendChild(li('corridor/'+o[0]+'-'+d[0]+'/',o[1]+' → '+d[1]+' ('+r[2].toLocaleString('en-US')+' migrants)'));n++;}}
if(!n){var e=document.createElement('li');e.textContent='No match.';out.appendChild(e);}}
q.addEventListener('input',function(){if(data)return show();fetch(root+'search.json').then(function(r){return r.json();}).then(function(j){data=j;show();});});
})();
`;
