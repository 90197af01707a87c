#!/usr/bin/env python3
"""Ships the page's wasm LZMA-compressed, and teaches the loader to unpack it.

The wasm is most of the page. `trunk build` writes it raw and leaves the
compression to the web server; this step instead compresses it once with
LZMA (Python's own `lzma` module, strongest settings) as
`<name>_bg.wasm.lzma`, about 16% smaller than gzip -9 and 15% smaller than
zopfli, and rewrites the loader in index.html to fetch that file and unpack
it with `scripts/lzma-decode.js`, a 0.9 KB decoder inlined into the loader
(browsers' own `DecompressionStream` knows only gzip and deflate). The page
then downloads the smaller file from any host, compressing or not; a host
that gzips it on the way is undone by the browser before the loader sees it.

Before writing anything, the packed file is unpacked with the minified
decoder under Node and compared byte for byte with the wasm, so a decoder
bug fails the build instead of the page.

Run by scripts/build.sh after minify-js.py (the index's integrity hashes are
updated here too).
"""
import base64
import hashlib
import lzma
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
DECODER = ROOT / "scripts" / "lzma-decode.js"


def pack(data: bytes) -> bytes:
    """`data` as an .lzma ("alone") file whose header states its size."""
    packed = lzma.compress(
        data,
        format=lzma.FORMAT_ALONE,
        filters=[
            {
                "id": lzma.FILTER_LZMA1,
                "preset": 9 | lzma.PRESET_EXTREME,
                "lc": 4,
                "lp": 0,
                "pb": 0,
                "dict_size": 1 << 20,
            }
        ],
    )
    # liblzma writes "size unknown"; the decoder sizes its output from it.
    return packed[:5] + len(data).to_bytes(8, "little") + packed[13:]


def minified_decoder() -> str:
    out = subprocess.run(
        ["terser", str(DECODER), "--compress", "--mangle"],
        stdout=subprocess.PIPE,
        check=True,
        text=True,
    ).stdout.strip()
    if not out.startswith("function lzmaDecode("):
        sys.exit("pack-wasm: terser renamed or wrapped lzmaDecode")
    return out


def check_round_trip(decoder: str, packed: pathlib.Path, raw: bytes) -> None:
    script = (
        '"use strict";const fs=require("fs");'
        + decoder
        + ';const o=lzmaDecode(new Uint8Array(fs.readFileSync(process.argv[1])));'
        + 'process.stdout.write(require("crypto").createHash("sha256").update(o).digest("hex"))'
    )
    got = subprocess.run(
        ["node", "-e", script, str(packed)], stdout=subprocess.PIPE, check=True, text=True
    ).stdout
    if got != hashlib.sha256(raw).hexdigest():
        sys.exit("pack-wasm: the decoder does not give back the wasm; not shipping it")


dist = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "dist")
index = dist / "index.html"
html = index.read_text(encoding="utf-8")
wasms = sorted(dist.glob("*_bg.wasm"))
if len(wasms) != 1:
    sys.exit(f"pack-wasm: expected one *_bg.wasm in {dist}, found {len(wasms)}")
wasm = wasms[0]
packed = dist / (wasm.name + ".lzma")
raw = wasm.read_bytes()
packed.write_bytes(pack(raw))
decoder = minified_decoder()
check_round_trip(decoder, packed, raw)
wasm.unlink()

# The loader: fetch the packed file, unpack it, and hand the bytes to
# wasm-bindgen's init (which accepts a BufferSource). The decoder is a
# function declaration at the end of the same inline module.
old = "init({ module_or_path: './%s' })" % wasm.name
if old not in html:
    sys.exit(f"pack-wasm: loader call for {wasm.name} not found in {index}")
new = (
    "init({ module_or_path: fetch('./%s').then(async r => {"
    " if (!r.ok) throw new Error('Could not load ' + r.url + ': ' + r.status);"
    " return lzmaDecode(new Uint8Array(await r.arrayBuffer())); }) })" % packed.name
)
html = html.replace(old, new)
scripts = list(re.finditer(r"(<script type=\"?module\"?>)(.*?)(</script>)", html, re.S))
if len(scripts) != 1 or new not in scripts[0].group(2):
    sys.exit(f"pack-wasm: expected the loader in one inline module script in {index}")
m = scripts[0]
html = html[: m.end(2)] + "\n" + decoder + html[m.end(2) :]
# Preload the packed file instead, with its own integrity hash.
digest = base64.b64encode(hashlib.sha384(packed.read_bytes()).digest()).decode()
pattern = re.compile(
    r"<link as=\"?fetch\"? crossorigin href=\"?\./%s\"? integrity=\"?sha384-[A-Za-z0-9+/=]+\"? rel=\"?preload\"? type=\"?application/wasm\"?>"
    % re.escape(wasm.name)
)
html, count = pattern.subn(
    '<link as=fetch crossorigin href=./%s integrity=sha384-%s rel=preload>' % (packed.name, digest),
    html,
)
if count != 1:
    sys.exit(f"pack-wasm: preload link for {wasm.name} not found in {index}")
index.write_text(html, encoding="utf-8")
print(f"pack-wasm: {wasm.name} ({len(raw)} B) -> {packed.name} ({packed.stat().st_size} B), round trip checked")
