#!/bin/bash
# usage: _lhab.tmp.sh /path N port...   interleaved Lighthouse runs, median TBT and score per port
P=$1; N=$2; shift 2
for i in $(seq 1 $N); do for port in "$@"; do
CHROME_PATH=/usr/bin/chromium node node_modules/lighthouse/cli/index.js "http://127.0.0.1:$port$P" --quiet --output=json --output-path=/tmp/lhab-$port-$i.json --only-categories=performance "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" 
done; done
for port in "$@"; do node -e '
const port=process.argv[1], n=+process.argv[2]; const rs=[]; for (let i=1;i<=n;i++){const r=require(`/tmp/lhab-${port}-${i}.json`);const m=r.audits.metrics.details.items[0];rs.push([Math.round(r.categories.performance.score*100),Math.round(m.totalBlockingTime),Math.round(m.largestContentfulPaint)]);}
const med=(k)=>{const s=rs.map(x=>x[k]).sort((a,b)=>a-b);return s[Math.floor(s.length/2)];};
console.log(port,"median score",med(0),"TBT",med(1),"LCP",med(2)," runs:",rs.map(x=>x.join("/")).join(" "));' $port $N; done
