#!/usr/bin/env bash
# Regenerates Sources/StorylineCLI/Resources/DemoCorpus/warc/demo-crawl.warc, the small WARC/1.0 file of the
# bundled demo corpus (a fictional story; see the corpus README). One warcinfo record and three response records:
#   1. Brightwater Times — syndicated CWS wire copy of the Hollin Dam story (UTF-8, charset in HTTP header + <meta>)
#   2. The Meridian Ledger — hydrologist interview, ISO-8859-1; the charset is declared ONLY in the HTTP header
#   3. Brightwater Times robots.txt — a non-article response the pipeline must skip
# WARC-Date is the (fictional) crawl time, 2025-04-02, NOT the publication date of the articles.
# Content-Length values are computed from the bytes actually written, so the file is always self-consistent.
# Needs: bash, printf, wc, iconv, sha1sum, xxd, base32.
set -euo pipefail
cd "$(dirname "$0")/.."
out="Sources/StorylineCLI/Resources/DemoCorpus/warc/demo-crawl.warc"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$(dirname "$out")"

crlf() { printf '%s\r\n' "$@"; }
digest() { printf 'sha1:%s' "$(sha1sum "$1" | cut -d' ' -f1 | xxd -r -p | base32)"; }
bytes() { wc -c < "$1" | tr -d ' '; }

# --- payload 1: Brightwater Times, syndicated wire copy (UTF-8) ---
cat > "$tmp/p1" <<'EOF'
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Hollin Dam breach floods nearly 40 villages in Ostrel | Brightwater Times</title>
<meta property="og:site_name" content="Brightwater Times">
<meta property="article:published_time" content="2025-03-07T15:02:00+00:00">
<meta name="author" content="Calderra Wire Service">
</head>
<body>
<div class="privacy-banner">Brightwater Times uses cookies to give you the best experience and to show relevant advertising. <button>Accept</button> <button>Reject non-essential</button></div>
<header>
<div class="logo"><a href="/">Brightwater Times</a></div>
<div class="date-strip">Your trusted voice in the north since 1894</div>
<nav><a href="/news/">News</a> <a href="/news/national/">National</a> <a href="/news/local/">Brightwater</a> <a href="/business/">Business</a> <a href="/lifestyle/">Lifestyle</a> <a href="/puzzles/">Puzzles</a> <a href="/e-edition/">E-edition</a></nav>
</header>
<div class="ad ad-top">Advertisement</div>
<div class="page">
<div class="article-wrap">
<h1>Hollin Dam breach floods nearly 40 villages in Ostrel</h1>
<div class="byline">From Calderra Wire Service</div>
<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email this story</a></div>
<div class="body-text">
<p>VENMOOR (CWS) – Part of the spillway at the Hollin Dam in Ostrel Province collapsed early on Friday, sending a surge of water down the Vessa valley and flooding nearly 40 villages already hit by Cyclone Ilse, the Coastal Relief Agency said.</p>
<p>The CRA said about 3,000 people had been evacuated from the valley since Thursday night, when engineers first reported cracks in the concrete channel that carries overflow water around the dam.</p>
<p>“The spillway was not designed for this much water in so short a time,” CRA director-general Imre Castellan said. “We got most people out before it went, but not everyone.”</p>
<p>He said rescue teams in boats were searching the villages of Dunmere and Hallowmere, where several families had refused to leave their farms.</p>
<div class="ad ad-inline">Advertisement</div>
<p>Prime Minister Edvard Lusk called the breach “a second disaster on top of the first” and said the government would establish whether it could have been prevented.</p>
<p>The Calderran Society of Civil Engineers (CSCE) said it had warned in early 2019 that the spillway needed reinforcing. A CSCE report at the time put the cost of the repairs at $12 million, according to documents seen by CWS.</p>
<p>Cyclone Ilse struck the coast on Monday. The CRA has confirmed at least 96 deaths so far.</p>
<p>Brightwater lies about 200 kilometres north of the flooded area. Volunteers from the town left for Ostrel on Friday with two lorries of supplies.</p>
</div>
<div class="newsletter-cta"><h4>Get the Brightwater Times Briefing</h4><p>Sign up for our free morning newsletter.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>
<div class="related"><h4>You may also like</h4>
<ul><li><a href="/news/local/brightwater-volunteers-head-south/">Brightwater volunteers head south to help flood victims</a></li><li><a href="/news/national/ferry-routes-suspended/">Island ferry routes suspended after storm</a></li></ul></div>
<div class="comments"><h4>Comments</h4><p>Commenting is available to subscribers only. <a href="/subscribe/">Subscribe now</a></p></div>
</div>
</div>
<footer><p>&copy; 2025 Brightwater Times Ltd. All rights reserved. | <a href="/terms/">Terms</a> | <a href="/privacy/">Privacy</a> | <a href="/contact/">Contact</a></p></footer>
</body>
</html>
EOF

# --- payload 2: The Meridian Ledger, written here in UTF-8 and converted to ISO-8859-1 below ---
cat > "$tmp/p2.utf8" <<'EOF'
<!DOCTYPE html>
<html lang="en-GB">
<head>
<title>"The river had nowhere to go": a hydrologist on why the Vessa rose so fast :: The Meridian Ledger</title>
<meta property="og:site_name" content="The Meridian Ledger">
<meta name="DC.date.issued" content="2025-03-21">
<meta name="DC.creator" content="Zoë Brünner">
</head>
<body>
<div class="cookie-notice" id="cn">By using this site you accept our use of cookies. <span class="cn-close">&times;</span></div>
<div class="top-nav">
<span class="brand">The Meridian Ledger</span>
<a href="/news">News</a> <a href="/analysis">Analysis</a> <a href="/investigations">Investigations</a> <a href="/data">Data</a> <a href="/letters">Letters</a> <a href="/donate" class="donate">Donate</a>
</div>
<div class="banner-ad">ADVERTISEMENT</div>
<div class="container">
<div class="col-main">
<div class="section-label">Interview</div>
<h1>"The river had nowhere to go": a hydrologist on why the Vessa rose so fast</h1>
<p class="byline">Interview by Zoë Brünner</p>
<div class="sharebar"><a href="#">Tweet</a> <a href="#">Share</a> <a href="#">Email</a></div>
<div class="article-body">
<p>Dr. Søren Vallø has studied the Vessa river for twenty years. The hydrologist at the University of Venmoor spent last week in the valley measuring how far and how fast the flood spread after the Hollin Dam spillway failed on March 7.</p>
<p>"People talk about the dam as if it were the whole story," Vallø said. "It was the last straw. The river was already full, the ground was already soaked, and then the spillway went."</p>
<p>According to Vallø, the rain that followed Cyclone Ilse was the heaviest recorded in the upper valley since measurements began in 1957. He said the reservoir had risen by almost four metres in two days, far faster than the operators had planned for.</p>
<p>Vallø said he had read the engineers' report from early 2019 and that its warnings were "specific and correct". He said the inquiry should also look at the way farmland in the valley had been drained over the past thirty years, which he said made floods faster and higher.</p>
<p>Asked whether the villages should be rebuilt where they were, he was careful. "That is not a question for a hydrologist alone," he said. "But if Dunmere is rebuilt in the same place, it needs a plan for the next flood, not the last one."</p>
<p>On Thursday, Vallø presented his first findings to the Coastal Relief Agency, which has asked the university to help draw new flood maps for the province before the donors' conference next month.</p>
</div>
<div class="support-box"><h3>Independent journalism needs you</h3><p>The Ledger has no owner and no paywall. <a href="/donate">Support the Ledger</a></p></div>
<div class="related-stories"><h3>Related stories</h3>
<a href="/analysis/hollin-dam-warnings">The warnings about Hollin Dam that nobody acted on</a>
<a href="/news/ilse-toll-rises">Cyclone toll rises as flood waters spread</a>
</div>
<div class="comments"><h3>Discussion</h3><p>9 comments</p><p><a href="#">Join the discussion</a></p></div>
</div>
</div>
<footer class="footer"><p>The Meridian Ledger is published by the Meridian Trust, a registered charity.</p><p><a href="/about">About</a> | <a href="/privacy">Privacy</a> | <a href="/contact">Contact</a></p></footer>
</body>
</html>
EOF
iconv -f UTF-8 -t ISO-8859-1 "$tmp/p2.utf8" > "$tmp/p2"

# --- payload 3: robots.txt (not an article) ---
printf 'User-agent: *\nDisallow: /e-edition/\nDisallow: /search\nSitemap: https://www.brightwatertimes.example/sitemap.xml\n' > "$tmp/p3"

# write_record TYPE URI DATE UUID CONTENT-TYPE BLOCK-FILE [PAYLOAD-FILE]
write_record() {
    local type="$1" uri="$2" date="$3" uuid="$4" ctype="$5" block="$6" payload="${7:-}"
    {
        crlf "WARC/1.0" "WARC-Type: $type"
        [ -n "$uri" ] && crlf "WARC-Target-URI: $uri"
        crlf "WARC-Date: $date" "WARC-Record-ID: <urn:uuid:$uuid>"
        if [ "$type" = warcinfo ]; then
            crlf "WARC-Filename: demo-crawl.warc"
        else
            crlf "WARC-Warcinfo-ID: <urn:uuid:5f0c2a9e-1b7d-4c1e-9a3f-000000000000>"
            crlf "WARC-Block-Digest: $(digest "$block")" "WARC-Payload-Digest: $(digest "$payload")"
        fi
        crlf "Content-Type: $ctype" "Content-Length: $(bytes "$block")" ""
        cat "$block"
        crlf "" ""
    } >> "$out"
}

# http_block PAYLOAD-FILE CONTENT-TYPE HTTP-DATE OUT-FILE
http_block() {
    {
        crlf "HTTP/1.1 200 OK" "Date: $3" "Server: nginx" "Content-Type: $2" "Content-Length: $(bytes "$1")" \
             "Cache-Control: max-age=300" "Connection: close" ""
        cat "$1"
    } > "$4"
}

crlf "software: storyline make-demo-warc.sh" "format: WARC File Format 1.0" \
     "description: Storyline demo corpus (fictional story, fictional outlets under .example)" \
     "isPartOf: storyline-demo-corpus" > "$tmp/info"
http_block "$tmp/p1" "text/html; charset=utf-8" "Wed, 02 Apr 2025 03:11:09 GMT" "$tmp/b1"
http_block "$tmp/p2" "text/html; charset=ISO-8859-1" "Wed, 02 Apr 2025 03:11:14 GMT" "$tmp/b2"
http_block "$tmp/p3" "text/plain" "Wed, 02 Apr 2025 03:11:02 GMT" "$tmp/b3"

: > "$out"
write_record warcinfo "" "2025-04-02T03:11:00Z" "5f0c2a9e-1b7d-4c1e-9a3f-000000000000" \
    "application/warc-fields" "$tmp/info"
write_record response "https://www.brightwatertimes.example/robots.txt" "2025-04-02T03:11:02Z" \
    "5f0c2a9e-1b7d-4c1e-9a3f-000000000003" "application/http; msgtype=response" "$tmp/b3" "$tmp/p3"
write_record response "https://www.brightwatertimes.example/news/national/hollin-dam-breach-floods-villages/" \
    "2025-04-02T03:11:09Z" "5f0c2a9e-1b7d-4c1e-9a3f-000000000001" "application/http; msgtype=response" \
    "$tmp/b1" "$tmp/p1"
write_record response "https://meridianledger.example/interviews/why-the-vessa-rose-so-fast" \
    "2025-04-02T03:11:14Z" "5f0c2a9e-1b7d-4c1e-9a3f-000000000002" "application/http; msgtype=response" \
    "$tmp/b2" "$tmp/p2"
echo "wrote $out ($(bytes "$out") bytes)"
