#!/usr/bin/env bash
# The visible text of a Slate page, as a reader copying it from a browser gets it (innerText: the
# shell tab only, tables as tab-separated rows): headless Chromium (Debian's `chromium`) opens the
# page beside Shins' own css/js, offline (every host name resolves to nothing), and prints it.
#   bash bench/generators/text-capture.sh page.slate.html > page.slate.txt
set -euo pipefail
page="$1"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
ln -s "$here/node_modules/shins/pub" "$work/pub"
ln -s "$here/node_modules/shins/source" "$work/source"
script='<script>window.addEventListener("load",function(){setTimeout(function(){var t=document.body.innerText;document.body.innerHTML="<pre id=capture></pre>";document.getElementById("capture").textContent=t;},300)});</script></body>'
sed "s#</body>#${script}#" "$page" > "$work/page.html"
timeout 60 chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --host-resolver-rules="MAP * ~NOTFOUND" --virtual-time-budget=5000 \
  --dump-dom "file://$work/page.html" 2>/dev/null |
  python3 -c 'import html,re,sys; m=re.search(r"<pre id=\"capture\">(.*?)</pre>", sys.stdin.read(), re.S); sys.stdout.write(html.unescape(m.group(1)))'
