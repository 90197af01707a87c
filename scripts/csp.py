#!/usr/bin/env python3
"""Gives the built page a Content-Security-Policy that confines it to its own files.

The policy rides in a `<meta http-equiv>` right after `<meta charset>`, so it
holds on any static host (no server headers needed). Scripts run only from the
page's own origin or when their text hashes to one of the listed `sha256-`
values: the hash of every inline `<script>` in the final HTML is computed here,
after minify-js.py and pack-wasm.py have rewritten the loader, so this step
must stay the last one that touches dist/index.html. `'wasm-unsafe-eval'` lets
the page compile its WebAssembly and nothing else; neither `'unsafe-inline'`
nor `'unsafe-eval'` is ever granted. Images may also come from `data:` and
`blob:` URLs (exports offered as `blob:` downloads, files read with
FileReader). `frame-ancestors` is not allowed in a meta policy.

Run by scripts/build.sh after pack-wasm.py. scripts/single-file.py imports
the helpers below for the single-file page's own policy.
"""
import base64
import hashlib
import pathlib
import re
import sys

SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.S | re.I)
STYLE = re.compile(r"<style\b[^>]*>(.*?)</style\s*>", re.S | re.I)
CSP_META = re.compile(r"<meta\s+http-equiv=\"?Content-Security-Policy\"?[^>]*>", re.I)
CHARSET_META = re.compile(r"<meta\s+charset=\"?utf-8\"?\s*/?>", re.I)
# Markup that a policy without 'unsafe-inline' blocks: style and event-handler
# attributes, javascript: URLs.
BLOCKED_MARKUP = re.compile(
    r"<[a-z][^>]*?\s(?:style|on[a-z]+)\s*=[^>]*>|javascript:", re.I
)


def die(message: str) -> None:
    sys.exit(f"{pathlib.Path(sys.argv[0]).name}: {message}")


def sha256(text: str) -> str:
    """The CSP source for an inline element's text (the HTML parser turns
    CR LF into LF before the browser hashes it)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "'sha256-%s'" % base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def inline_scripts(html: str) -> list:
    """The text of every `<script>` without a `src`."""
    return [body for attrs, body in SCRIPT.findall(html) if not re.search(r"\bsrc\s*=", attrs, re.I)]


def inline_styles(html: str) -> list:
    return STYLE.findall(html)


def check_markup(html: str) -> None:
    """Fails on markup the policy would block silently."""
    outside_scripts = SCRIPT.sub("", html)
    found = BLOCKED_MARKUP.search(outside_scripts)
    if found:
        die(f"markup a CSP without 'unsafe-inline' blocks: {found.group(0)[:120]}")


def inject(html: str, policy: str) -> str:
    """`html` with any earlier policy meta replaced by `policy`, placed right
    after `<meta charset>` (a meta policy covers only what follows it)."""
    html = CSP_META.sub("", html)
    charset = CHARSET_META.search(html)
    if not charset:
        die("no <meta charset=utf-8> to place the CSP meta after")
    if '"' in policy:
        die(f"a CSP policy cannot hold a double quote: {policy}")
    meta = '<meta http-equiv=Content-Security-Policy content="%s">' % policy
    return html[: charset.end()] + meta + html[charset.end() :]


def page_policy(html: str) -> str:
    """The policy for dist/index.html: own files only, plus inline scripts by hash."""
    if inline_styles(html):
        die("an inline <style> in dist/index.html would need its hash in style-src")
    scripts = " ".join(sha256(s) for s in inline_scripts(html))
    return ";".join(
        [
            "default-src 'none'",
            f"script-src 'self' 'wasm-unsafe-eval' {scripts}".rstrip(),
            "style-src 'self'",
            "img-src 'self' data: blob:",
            "connect-src 'self'",
            "font-src 'self'",
            "manifest-src 'self'",
            "base-uri 'none'",
            "form-action 'none'",
            "object-src 'none'",
        ]
    )


def main() -> None:
    dist = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "dist")
    index = dist / "index.html"
    html = index.read_text(encoding="utf-8")
    check_markup(html)
    html = inject(html, page_policy(html))
    index.write_text(html, encoding="utf-8")
    print(f"csp: {len(inline_scripts(html))} inline script(s) hashed into {index}")


if __name__ == "__main__":
    main()
