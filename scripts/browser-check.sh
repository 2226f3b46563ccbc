#!/usr/bin/env bash
# Renders mizan's HTML reports in a real browser (headless Chromium) and checks what it did with them:
#   - the page is right-to-left for Arabic (and left-to-right for English) in the rendered DOM;
#   - quotation and loaded-term marks are in the rendered DOM;
#   - the page's own script ran (it adds class "js" to <html>: its CSP hash is right);
#   - nothing was blocked or failed to load: the browser logged no console message at all (a CSP
#     violation, a refused style or script, a failed load would each log one);
#   - a hostile article (markup, event handlers, javascript: URLs in its text and metadata) runs nothing.
# Writes screenshots and prints where. Pages: the bundled examples (docs/examples), a hostile article, and
# the seed article from ../shared/data when present.
#
# Usage: scripts/browser-check.sh [OUTPUT_DIR]   (default .build/browser-check)
# Needs: chromium (Debian: scripts/install-deps.sh chromium), a built mizan (built here when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-.build/browser-check}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

fail() { echo "browser-check: FAIL: $*" >&2; exit 1; }
note() { echo "browser-check: $*"; }

browser=""
for b in chromium chromium-browser google-chrome google-chrome-stable; do
  if command -v "$b" >/dev/null 2>&1; then browser="$(command -v "$b")"; break; fi
done
[ -n "$browser" ] || fail "no Chromium found; install it (Debian: scripts/install-deps.sh chromium)"
note "browser: $("$browser" --version 2>/dev/null | head -1)"

mizan="${MIZAN_BIN:-}"
if [ -z "$mizan" ]; then
  for candidate in .build/debug/mizan .build/release/mizan; do
    if [ -x "$candidate" ]; then mizan="$candidate"; break; fi
  done
fi
if [ -z "$mizan" ]; then
  note "building mizan"
  swift build --product mizan >/dev/null
  mizan=.build/debug/mizan
fi

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
chrome() {
  # --no-sandbox: CI containers run as root. A fresh profile, no network services, no first-run UI.
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-first-run --no-default-browser-check \
    --disable-extensions --disable-background-networking --disable-sync --disable-component-update \
    --user-data-dir="$profile" --enable-logging=stderr --v=0 --hide-scrollbars "$@"
}

# A hostile article: every field tries to inject markup or script; a script that ran would mark the page.
hostile="$out/hostile.jsonl"
cat > "$hostile" <<'EOF'
{"id": "hostile", "lang": "en", "title": "<script>document.documentElement.setAttribute('data-pwned','title')</script>\u202egpj.exe", "outlet": "\" onmouseover=\"document.documentElement.setAttribute('data-pwned','outlet')", "url": "javascript:document.documentElement.setAttribute('data-pwned','url')", "author": "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','author')\">", "date": "</style><script>document.documentElement.setAttribute('data-pwned','date')</script>", "text": "The minister said \"<script>document.documentElement.setAttribute('data-pwned','text')</script>\" on Tuesday.\nCritics called it a \"</style><img src=x onerror=alert(1)>\" and a \u202Eregime\u202C, according to <a href=\"javascript:alert(1)\">officials</a>."}
EOF

# name | input | expected dir | minimum quotation marks | minimum term marks
pages=(
  "article-ar|docs/examples/article-ar.txt|rtl|5|5"
  "article-en|docs/examples/article-en.txt|ltr|5|2"
  "hostile|$hostile|ltr|1|0"
)
seed=../shared/data/articles/000_ce906912f90f5956.txt
if [ -f "$seed" ]; then pages+=("seed-000_ce906912f90f5956|$seed|rtl|10|10"); else note "../shared absent: the seed article is skipped"; fi

status=0
for entry in "${pages[@]}"; do
  IFS='|' read -r name input dir minQuotes minTerms <<<"$entry"
  html="$out/$name.html"
  "$mizan" analyze "$input" --format html -o "$html" || fail "$name: mizan analyze failed"
  url="file://$html"

  dom="$out/$name.dom.html"
  log="$out/$name.log"
  chrome --virtual-time-budget=5000 --dump-dom "$url" >"$dom" 2>"$log" || fail "$name: chromium --dump-dom failed or timed out (see $log)"
  [ -s "$dom" ] || fail "$name: chromium wrote an empty DOM (see $log)"

  problems=()
  root="$(grep -o '<html[^>]*>' "$dom" | head -1)"
  [[ "$root" == *"dir=\"$dir\""* ]] || problems+=("the rendered <html> is not dir=\"$dir\": $root")
  [[ "$root" == *'class="js"'* ]] || problems+=("the page's script did not run (no class=\"js\" on <html>): is its CSP hash right?")
  # The hostile payloads mark <html> with data-pwned when they run (as text, they appear elsewhere).
  [[ "$root" != *"data-pwned"* ]] || problems+=("an injected script ran: $root")
  quotes=$(grep -o '<span class="q q-[^"]*"' "$dom" | grep -vc sample || true)
  terms=$(grep -o '<mark class="t tip' "$dom" | wc -l)
  [ "$quotes" -ge "$minQuotes" ] || problems+=("only $quotes quotation marks in the rendered DOM (expected at least $minQuotes)")
  [ "$terms" -ge "$minTerms" ] || problems+=("only $terms loaded-term marks in the rendered DOM (expected at least $minTerms)")
  scripts=$(grep -o '<script' "$dom" | wc -l)
  [ "$scripts" -eq 1 ] || problems+=("$scripts <script> elements in the rendered DOM (expected only the report's own)")
  if grep -q '<img' "$dom"; then problems+=("an <img> element in the rendered DOM"); fi
  # Console messages: CSP violations ("Refused to…", "violates the following Content Security Policy"),
  # failed loads, script errors. The report should cause none.
  if grep -E ':CONSOLE[(:]|Refused to|Content Security Policy|net::ERR_|Failed to load' "$log" >"$out/$name.console"; then
    problems+=("the browser logged messages (blocked or failed loads?):\n$(cut -c1-400 "$out/$name.console")")
  fi

  png="$out/$name.png"
  rm -f "$png"
  chrome --virtual-time-budget=5000 --window-size=1280,2200 --screenshot="$png" "$url" >/dev/null 2>>"$log" \
    || problems+=("chromium --screenshot failed or timed out (see $log)")
  [ -s "$png" ] && [ "$(wc -c <"$png")" -gt 10000 ] || problems+=("no screenshot (or a blank one) at $png")

  if ((${#problems[@]})); then
    status=1
    for p in "${problems[@]}"; do echo -e "browser-check: FAIL: $name: $p" >&2; done
  else
    note "ok $name: dir=$dir, script ran, $quotes quotation marks, $terms term marks, no console messages; screenshot $png"
  fi
done
[ "$status" -eq 0 ] || fail "see above; pages, DOM dumps and logs are in $out"
note "all pages passed; screenshots in $out"
