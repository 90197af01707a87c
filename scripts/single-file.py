#!/usr/bin/env python3
"""Writes the whole page as one self-contained file, dist-single/parallax.html.

Opened straight from disk (file://), a page may not load module scripts or
fetch its wasm from neighbouring files, but inline scripts run and
WebAssembly compiles from bytes. So this file carries everything inline:
  - the stylesheet in a `<style>`, the favicon as a `data:` URI;
  - ONE `<script type=module>`: the wasm-bindgen glue (its closing `export`
    statement turned into an object the loader uses in place of its `import`),
    then Trunk's loader, whose `module_or_path` becomes the bytes of the
    LZMA-packed wasm (see pack-wasm.py), inlined as base64, decoded with
    `atob` and unpacked by the loader's own `lzmaDecode`;
  - its own Content-Security-Policy: no network at all, the script and the
    style allowed by hash only.
Preload links (which point at files) are dropped.

Run by scripts/build.sh after csp.py, on the finished dist/. It fails loudly
when the glue or the loader are not shaped as expected, rather than writing
a page that breaks only in the browser. dist-single/ sits outside dist/ so the
size budget (scripts/size.sh, dist/ only) does not count this copy twice.
"""
import base64
import mimetypes
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import csp  # noqa: E402  (scripts/csp.py)

NS = "__parallax_glue"  # the glue's exports, for the loader
WASM_FN = "__parallax_wasm"  # returns the packed wasm as base64

TAG = re.compile(r"<link\b[^>]*>", re.I)
ATTR = re.compile(r"([^\s=/>]+)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+)))?")


def die(message: str) -> None:
    sys.exit(f"single-file: {message}")


def attributes(tag: str) -> dict:
    inner = re.sub(r"^<\w+|/?>$", "", tag)
    return {m.group(1).lower(): next((g for g in m.groups()[1:] if g is not None), "") for m in ATTR.finditer(inner)}


def local_file(dist: pathlib.Path, href: str) -> pathlib.Path:
    if not href.startswith("./") or "/" in href[2:]:
        die(f"expected a ./file reference in dist/, found {href!r}")
    path = dist / href[2:]
    if not path.is_file():
        die(f"{href} is referenced by index.html but missing from {dist}")
    return path


def glue_module(js: str, name: str) -> str:
    """The minified wasm-bindgen glue as a statement defining NS, an object
    with its exports (the glue's own names stay inside a function scope)."""
    exports = list(re.finditer(r"\bexport\s*\{([^{}]*)\}\s*;?", js))
    if len(exports) != 1 or js[exports[0].end() :].strip():
        die(
            f"{name}: expected the glue to end in one `export{{...}}` statement "
            f"(found {len(exports)}); has wasm-bindgen or terser changed its output?"
        )
    body = js[: exports[0].start()]
    # Any other export or a static import would be a module shape this
    # rewrite does not know (e.g. wasm-bindgen snippets).
    other = re.search(
        r"\bexport\s+(?:default|const|let|var|function|class|async)\b|\bexport\s*\*|\bimport\s*(?:[\w$]+\s*(?:,|from)|\{|\*|['\"])",
        body,
    )
    if other:
        die(f"{name}: unexpected module syntax {other.group(0)!r}; only a closing `export{{...}}` is handled")
    pairs = []
    for spec in exports[0].group(1).split(","):
        m = re.fullmatch(r"\s*([\w$]+)(?:\s+as\s+([\w$]+))?\s*", spec)
        if not m:
            die(f"{name}: cannot read export specifier {spec!r}")
        pairs.append((m.group(2) or m.group(1), m.group(1)))
    if "default" not in dict(pairs):
        die(f"{name}: the glue exports no default (init) function")
    members = ",".join(f"{exported}:{local}" for exported, local in pairs)
    return f"const {NS}=(()=>{{{body}\nreturn Object.freeze({{__proto__:null,{members}}})}})();\n"


def expression_end(text: str, start: int) -> int:
    """Index just past the JavaScript expression starting at `start`: the first
    `,` or closing bracket at depth 0, skipping string literals."""
    depth, i = 0, start
    while i < len(text):
        c = text[i]
        if c in "'\"`":
            i += 1
            while i < len(text) and text[i] != c:
                i += 2 if text[i] == "\\" else 1
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            if depth == 0:
                return i
            depth -= 1
        elif c == "," and depth == 0:
            return i
        i += 1
    die("unbalanced loader expression")


def rewrite_loader(loader: str, glue_name: str, packed_name: str) -> str:
    # `import init, * as bindings from './parallax-….js';` -> names bound to NS.
    imp = re.compile(
        r"import\s+(?:([\w$]+)\s*(?:,\s*)?)?(?:\*\s*as\s+([\w$]+)\s*)?from\s*(['\"])\./%s\3\s*;?"
        % re.escape(glue_name)
    )
    found = list(imp.finditer(loader))
    if len(found) != 1 or not (found[0].group(1) or found[0].group(2)):
        die(f"loader: expected one `import init, * as bindings from './{glue_name}'`")
    default, namespace = found[0].group(1), found[0].group(2)
    names = ([f"{default}={NS}.default"] if default else []) + ([f"{namespace}={NS}"] if namespace else [])
    loader = loader[: found[0].start()] + "const " + ",".join(names) + ";" + loader[found[0].end() :]
    if re.search(r"\bimport\s*(?:[\w$]+\s*(?:,|from)|\{|\*|['\"])", loader):
        die("loader: an import is left after the rewrite")

    # `module_or_path: fetch('./…_bg.wasm.lzma').then(…)` -> the inlined bytes.
    key = re.search(r"module_or_path\s*:\s*", loader)
    if not key:
        die("loader: no `module_or_path:` in the init call")
    end = expression_end(loader, key.end())
    value = loader[key.end() : end]
    if not re.match(r"fetch\((['\"])\./%s\1\)" % re.escape(packed_name), value):
        die(f"loader: module_or_path is not `fetch('./{packed_name}')...` (pack-wasm.py changed?): {value[:80]!r}")
    if "function lzmaDecode(" not in loader:
        die("loader: the LZMA decoder is missing (pack-wasm.py changed?)")
    unpack = f"lzmaDecode(Uint8Array.from(atob({WASM_FN}()),c=>c.charCodeAt(0)))"
    return loader[: key.end()] + unpack + loader[end:]


def safe_in_script(js: str) -> str:
    if "<!--" in js:
        die("the inlined JavaScript contains `<!--`, which would confuse the HTML parser")
    return re.sub(r"</(script)", r"<\\/\1", js, flags=re.I)


def main() -> None:
    dist = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "dist")
    out = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else "dist-single") / "parallax.html"
    html = (dist / "index.html").read_text(encoding="utf-8")

    # Links: the stylesheet inlined, the icon as data:, preloads dropped.
    def link(m: re.Match) -> str:
        attrs = attributes(m.group(0))
        rel, href = attrs.get("rel", "").lower(), attrs.get("href", "")
        if rel in ("modulepreload", "preload"):
            return ""
        if rel == "stylesheet":
            css = local_file(dist, href).read_text(encoding="utf-8")
            if re.search(r"</style", css, re.I):
                die(f"{href} contains `</style`")
            if re.search(r"url\(\s*['\"]?(?!data:)", css, re.I) or "@import" in css:
                die(f"{href} refers to other files (url() or @import); inline them first")
            return f"<style>{css}</style>"
        if rel == "icon":
            path = local_file(dist, href)
            mime = attrs.get("type") or mimetypes.guess_type(path.name)[0]
            if not mime:
                die(f"unknown type of the icon {href}")
            data = base64.b64encode(path.read_bytes()).decode()
            return f'<link href="data:{mime};base64,{data}" rel=icon>'
        die(f"a <link> this script does not know how to inline: {m.group(0)}")

    html = TAG.sub(link, html)

    # The one inline module: glue, then loader.
    scripts = list(csp.SCRIPT.finditer(html))
    if len(scripts) != 1 or re.search(r"\bsrc\s*=", scripts[0].group(1), re.I):
        die(f"expected one inline loader <script> in {dist}/index.html, found {len(scripts)} script(s)")
    loader = scripts[0].group(2)
    glue_ref = re.search(r"from\s*['\"]\./([^'\"/]+\.js)['\"]", loader)
    if not glue_ref:
        die("loader: no import of the wasm-bindgen glue")
    glue_path = local_file(dist, "./" + glue_ref.group(1))
    packs = sorted(dist.glob("*_bg.wasm.lzma"))
    if len(packs) != 1:
        die(f"expected one *_bg.wasm.lzma in {dist} (run pack-wasm.py first), found {len(packs)}")
    packed = packs[0].read_bytes()
    if packed[0] > 224:
        die(f"{packs[0].name} is not an .lzma file")
    wasm_b64 = base64.b64encode(packed).decode()

    js = (
        glue_module(glue_path.read_text(encoding="utf-8"), glue_path.name)
        + rewrite_loader(loader, glue_path.name, packs[0].name)
        + f'\nfunction {WASM_FN}(){{return "{wasm_b64}"}}\n'
    )
    js = safe_in_script(js)
    html = html[: scripts[0].start()] + "<script type=module>" + js + "</script>" + html[scripts[0].end() :]

    # Nothing may still point at a file.
    leftover = re.search(r"\s(?:href|src)=[\"']?\./", csp.SCRIPT.sub("", html))
    if leftover:
        die(f"a reference to a file is left: {html[leftover.start():leftover.start() + 80]!r}")

    csp.check_markup(html)
    styles = csp.inline_styles(html)
    scripts = csp.inline_scripts(html)
    if len(scripts) != 1 or len(styles) != 1:
        die(f"expected one inline script and one style, found {len(scripts)} and {len(styles)}")
    policy = ";".join(
        [
            "default-src 'none'",
            f"script-src {csp.sha256(scripts[0])} 'wasm-unsafe-eval'",
            f"style-src {csp.sha256(styles[0])}",
            "img-src data: blob:",
            "connect-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
            "object-src 'none'",
        ]
    )
    html = csp.inject(html, policy)

    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    print(f"single-file: {out} ({out.stat().st_size} B)")


if __name__ == "__main__":
    main()
