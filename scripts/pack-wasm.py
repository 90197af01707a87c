#!/usr/bin/env python3
"""Ships the page's wasm pre-compressed, and teaches the loader to unpack it.

The wasm is most of the page. `trunk build` writes it raw and leaves the
compression to the web server; this step instead compresses it once, with
zopfli (a deflate encoder that spends more time for a stream some 5% smaller
than `gzip -9`), as `<name>_bg.wasm.gz`, and rewrites the loader in
index.html to fetch that file and unpack it with the browser's own
`DecompressionStream`. The page then downloads the smaller file from any
host, compressing or not. If a host decodes the `.gz` on the way (a
`Content-Encoding: gzip` header), the bytes arrive as plain wasm; the loader
checks the gzip magic number and only unpacks what is still packed.

Run by scripts/build.sh after minify-js.py (the index's integrity hashes are
updated here too). zopfli comes from the PyPI package or, where pip is
missing, Debian's `zopfli` command; scripts/setup.sh installs one of them.
"""
import base64
import hashlib
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile


def zopfli_gzip(data: bytes) -> bytes:
    """`data` as a gzip stream, by zopfli (15 iterations)."""
    try:
        import zopfli.gzip

        return zopfli.gzip.compress(data, numiterations=15)
    except ImportError:
        pass
    if shutil.which("zopfli"):
        # The command reads a named file only (not a pipe).
        with tempfile.NamedTemporaryFile(suffix=".wasm") as f:
            f.write(data)
            f.flush()
            return subprocess.run(
                ["zopfli", "--i15", "--gzip", "-c", f.name],
                stdout=subprocess.PIPE,
                check=True,
            ).stdout
    sys.exit("pack-wasm: zopfli not found (run scripts/setup.sh)")


dist = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "dist")
index = dist / "index.html"
html = index.read_text(encoding="utf-8")
wasms = sorted(dist.glob("*_bg.wasm"))
if len(wasms) != 1:
    sys.exit(f"pack-wasm: expected one *_bg.wasm in {dist}, found {len(wasms)}")
wasm = wasms[0]
packed = dist / (wasm.name + ".gz")
raw = wasm.read_bytes()
raw_size = len(raw)
packed.write_bytes(zopfli_gzip(raw))
wasm.unlink()

# The loader: fetch the packed file, unpack when it is still gzip, and hand
# the bytes to wasm-bindgen's init (which accepts a BufferSource).
old = "init({ module_or_path: './%s' })" % wasm.name
if old not in html:
    sys.exit(f"pack-wasm: loader call for {wasm.name} not found in {index}")
new = (
    "init({ module_or_path: fetch('./%s').then(async r => {"
    " if (!r.ok) throw new Error('Could not load ' + r.url + ': ' + r.status);"
    " const b = new Uint8Array(await r.arrayBuffer());"
    " return b[0] === 0x1f && b[1] === 0x8b"
    " ? new Response(new Blob([b]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer()"
    " : b; }) })" % packed.name
)
html = html.replace(old, new)
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
print(f"pack-wasm: {wasm.name} ({raw_size} B) -> {packed.name} ({packed.stat().st_size} B)")
