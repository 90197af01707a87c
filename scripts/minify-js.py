#!/usr/bin/env python3
"""Minifies the wasm-bindgen JavaScript glue in dist/ with terser and updates
its Subresource Integrity hash in dist/index.html to match.

Trunk minifies the HTML and CSS of a release build but not the glue, which is
about 2 KB gzipped of the page's 250 KB budget. Run by scripts/build.sh after
`trunk build`; terser comes from package.json (node_modules/.bin).
"""
import base64
import hashlib
import pathlib
import re
import subprocess
import sys

dist = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "dist")
index = dist / "index.html"
html = index.read_text(encoding="utf-8")
for js in sorted(dist.glob("*.js")):
    subprocess.run(
        ["terser", str(js), "--module", "--compress", "--mangle", "--output", str(js)],
        check=True,
    )
    digest = base64.b64encode(hashlib.sha384(js.read_bytes()).digest()).decode()
    pattern = re.compile(r"(href=\"?\./%s\"? integrity=\"?)sha384-[A-Za-z0-9+/=]+" % re.escape(js.name))
    html, count = pattern.subn(lambda m: m.group(1) + "sha384-" + digest, html)
    if count == 0 and "integrity" in html:
        sys.exit(f"minify-js: no integrity attribute found for {js.name} in {index}")
index.write_text(html, encoding="utf-8")
