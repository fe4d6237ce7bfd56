"""Recitation slides: recitations/<slug>.md -> <out>/<slug>.html and <out>/<slug>.pdf.

    python -m autograder.slides [OUT_DIR]        (default: dist/slides/)

Each HTML file is self-contained and works offline: the math is typeset at build time to
MathML (latex2mathml; browsers render MathML natively, no JavaScript, no CDN), the figures
are drawn at build time by recitations/figures.py and inlined as PNG data URIs, and the CSS
is inlined. The PDF (one slide per page) is printed from that HTML by headless Chromium.
The source format is described in recitations/README.md.
"""
import base64
import html
import importlib.util
import io
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RECITATIONS = ROOT / "recitations"
DEFAULT_OUT = ROOT / "dist" / "slides"
DECKS = ["01_numpy_backprop", "02_pytorch_tensors", "03_mlp", "04_cnn", "05_regularization",
         "06_dqn"]

SEPARATOR = "---"        # a line that is exactly this separates two slides
COLUMN_BREAK = "|||"     # a line that is exactly this splits a slide into two columns
# The first line of every slide: "# Title {#id}" (title slide) or "## Title {#id .class}".
HEADING = re.compile(r"^(#{1,2})\s+(.+?)\s*\{#([a-z0-9][a-z0-9-]*)((?:\s+\.[a-z0-9-]+)*)\}\s*$")
FIGURE_SCHEME = "fig:"   # ![alt](fig:name "caption") is drawn by figures.name()
# A code block whose first line is exactly this is a deliberate fragment: tests/test_deck_code.py
# only parses it (the others run against the master notebook); the line is not shown.
FRAGMENT_MARKER = "# fragment"


class SlideError(Exception):
    pass


# ---------------------------------------------------------------------------- parsing

def split_slides(text):
    """The source's slides, each a list of lines. A `---` line separates two slides, except
    inside a fenced code block."""
    slides, current, fence = [], [], None
    for line in text.splitlines():
        marker = re.match(r"^\s*(```+|~~~+)", line)
        if marker:
            if fence is None:
                fence = marker.group(1)
            elif marker.group(1).startswith(fence):
                fence = None
        if fence is None and line.rstrip() == SEPARATOR:
            slides.append(current)
            current = []
        else:
            current.append(line)
    slides.append(current)
    return slides


def parse_deck(text, name="deck"):
    """[{"id", "level", "title", "classes", "columns": [markdown, ...]}, ...]"""
    slides, seen = [], set()
    for number, lines in enumerate(split_slides(text), start=1):
        while lines and not lines[0].strip():
            lines = lines[1:]
        match = HEADING.match(lines[0]) if lines else None
        if not match:
            first = lines[0] if lines else "(empty slide)"
            raise SlideError(f"{name}, slide {number}: must start with '## Title {{#id}}', "
                             f"found {first!r}")
        hashes, title, slide_id, classes = match.groups()
        if slide_id in seen:
            raise SlideError(f"{name}, slide {number}: duplicate id #{slide_id}")
        seen.add(slide_id)
        columns, current = [], []
        for line in lines[1:]:
            if line.rstrip() == COLUMN_BREAK:
                columns.append("\n".join(current))
                current = []
            else:
                current.append(line)
        columns.append("\n".join(current))
        slides.append({"id": slide_id, "level": len(hashes), "title": title,
                       "classes": classes.replace(".", "").split(), "columns": columns})
    return slides


# ---------------------------------------------------------------------------- rendering

def tex_to_mathml(tex, display):
    from latex2mathml.converter import convert
    try:
        mathml = convert(tex, display="block" if display else "inline")
    except Exception as error:  # latex2mathml raises many kinds
        raise SlideError(f"cannot typeset ${tex}$: {error!r}") from error
    # HTML needs no namespace (and the deck holds no URL at all).
    mathml = mathml.replace(' xmlns="http://www.w3.org/1998/Math/MathML"', "")
    return polish_mathml(mathml)


LIMIT_OPERATORS = {"\u2211", "\u220f", "max", "min", "argmax", "argmin", "lim", "sup", "inf"}
PRIMES = {"\u2032", "\u2033"}
OPENING = {"(", "[", "{", "|", "\u2016", "\u230a", "\u2308", "\u27e8"}
RELATIONS = {"=", ",", "<", ">", "\u2264", "\u2265", "\u2248", "\u2260", "\u2190",
             "\u2192", "\u21d2", "\u2208", ":", ";"}
SIGN_AFTER = (OPENING - {"|", "\u2016"}) | RELATIONS   # a + or - after these is a sign
# MathML elements with a fixed number of children (MathML Core): 2, or 3 for the last two.
FIXED_ARITY = {"msub": 2, "msup": 2, "mfrac": 2, "mroot": 2, "munder": 2, "mover": 2,
               "msubsup": 3, "munderover": 3}


def polish_mathml(mathml):
    """Adapt latex2mathml's output to what browsers render (MathML Core), as TeX would:
    - sums and max get their limits below/above in display style (munder, munderover);
    - words such as log or max(0, z) are upright identifiers, a thin space before an argument;
    - a prime is a glyph after its base, not a raised superscript;
    - a + or - after an opening bracket or a relation is a sign, without spaces;
    - / and | are ordinary symbols, {,} a thousands separator: no operator spacing;
    - mathvariant works only on single letters: bold and monospace become CSS."""
    import xml.etree.ElementTree as ET
    root = ET.fromstring(mathml)
    for element in root.iter():
        children = list(element)
        if element.tag in ("msub", "msubsup") and children and children[0].tag == "mo" \
                and (children[0].text or "").strip() in LIMIT_OPERATORS:
            element.tag = "munder" if element.tag == "msub" else "munderover"
            children[0].set("movablelimits", "true")
        elif element.tag == "msup" and len(children) == 2 and children[1].tag == "mi" \
                and children[1].text in PRIMES:
            element.tag = "mrow"
            children[1].tag = "mo"
            children[1].set("lspace", "0")
            children[1].set("rspace", "0")
    parents = {child: parent for parent in root.iter() for child in parent}
    for element in list(root.iter()):
        children = list(element)
        for position, child in enumerate(children):
            text = (child.text or "").strip()
            before = children[position - 1] if position else None
            after = children[position + 1] if position + 1 < len(children) else None
            if child.tag in ("mo", "mi") and len(text) > 1 and text.isalpha() \
                    and child.get("movablelimits") is None:
                child.tag = "mi"       # log, exp, softmax: upright, a thin space before x
                # A script counts its children (msup: base, exponent): the space of
                # \tanh^2 x goes after the whole msup, never inside it.
                word, holder = child, element
                if element.tag in FIXED_ARITY:
                    if position != 0 or element not in parents:
                        continue
                    word, holder = element, parents[element]
                if holder.tag in FIXED_ARITY:
                    continue
                siblings = list(holder)
                index = siblings.index(word)
                after = siblings[index + 1] if index + 1 < len(siblings) else None
                if after is not None and (after.text or "").strip() not in OPENING:
                    holder.insert(index + 1, ET.Element("mspace", width="0.1667em"))
            elif child.tag == "mo" and text in ("\u2212", "+") and (
                    before is None or (before.tag == "mo" and (before.text or "").strip()
                                       in SIGN_AFTER)):
                child.set("form", "prefix")  # a sign, as in (-1, 1) or = -inf
                child.set("lspace", "0")
                child.set("rspace", "0")
            elif child.tag == "mo" and (text in ("/", "|") or (
                    text == "," and len(children) == 1 and element.tag == "mrow")):
                # / and | are ordinary symbols in TeX; {,} is a thousands separator
                child.set("lspace", "0")
                child.set("rspace", "0")
        variant = element.attrib.pop("mathvariant", None)
        if variant == "bold":
            element.set("style", "font-weight:bold")
        elif variant == "monospace":
            element.set("class", "tt")
        elif variant is not None:
            element.set("mathvariant", variant)
    return ET.tostring(root, encoding="unicode")


class Figures:
    """Draws each figure of recitations/figures.py once, as a PNG data URI."""

    def __init__(self, source=RECITATIONS / "figures.py"):
        self.source = source
        self.module = None
        self.cache = {}

    def uri(self, name):
        if name not in self.cache:
            if self.module is None:
                import matplotlib
                matplotlib.use("Agg")
                spec = importlib.util.spec_from_file_location("recitation_figures", self.source)
                self.module = importlib.util.module_from_spec(spec)
                spec.loader.exec_module(self.module)
            draw = getattr(self.module, name, None)
            if draw is None or name.startswith("_"):
                raise SlideError(f"no figure function {name}() in {self.source}")
            import matplotlib.pyplot as plt
            with plt.rc_context(self.module.STYLE):
                fig = draw()
                buffer = io.BytesIO()
                fig.savefig(buffer, format="png", dpi=self.module.DPI,
                            metadata={"Software": None})
                plt.close(fig)
            self.cache[name] = "data:image/png;base64," + base64.b64encode(
                buffer.getvalue()).decode("ascii")
        return self.cache[name]


def markdown_renderer(figures, used):
    from markdown_it import MarkdownIt
    from mdit_py_plugins.dollarmath import dollarmath_plugin
    from pygments import highlight
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    def highlight_code(code, lang, _attrs):
        first, _, rest = code.partition("\n")
        if first.strip() == FRAGMENT_MARKER:
            code = rest
        try:
            lexer = get_lexer_by_name(lang or "text")
        except ClassNotFound:
            lexer = get_lexer_by_name("text")
        return f'<pre class="code">{highlight(code, lexer, HtmlFormatter(nowrap=True))}</pre>'

    md = MarkdownIt("commonmark", {"highlight": highlight_code, "typographer": False})
    md.enable("table")
    md.use(dollarmath_plugin, allow_labels=False, allow_space=True, allow_digits=True,
           double_inline=True,
           renderer=lambda tex, options: tex_to_mathml(tex, options["display_mode"]))

    def render_image(_renderer, tokens, idx, _options, _env):
        token = tokens[idx]
        src = token.attrGet("src") or ""
        alt = html.escape(token.content, quote=True)
        if not src.startswith(FIGURE_SCHEME):
            raise SlideError(f"image {src!r}: figures must be drawn by code "
                             f"(![{token.content}]({FIGURE_SCHEME}name))")
        name = src[len(FIGURE_SCHEME):]
        used.append(name)
        out = f'<img class="figure" src="{figures.uri(name)}" alt="{alt}">'
        caption = token.attrGet("title")
        if caption:
            out += f'<span class="caption">{html.escape(caption)}</span>'
        return out

    md.add_render_rule("image", render_image)
    return md


# A paragraph that holds only a figure becomes a <figure> that takes the slide's free height.
FIGURE_PARAGRAPH = re.compile(
    r'<p>(<img class="figure" [^>]*>)(?:<span class="caption">(.*?)</span>)?</p>')


def as_figure(match):
    caption = f"<figcaption>{match.group(2)}</figcaption>" if match.group(2) else ""
    return f"<figure>{match.group(1)}{caption}</figure>"


def render_deck(text, figures, name="deck"):
    """(html, slide ids, figure names) of one deck's Markdown source."""
    slides = parse_deck(text, name)
    used = []
    md = markdown_renderer(figures, used)
    deck_title = re.sub(r"[*_`$]", "", slides[0]["title"])
    sections = []
    for number, slide in enumerate(slides, start=1):
        try:
            title = md.renderInline(slide["title"])
            columns = [FIGURE_PARAGRAPH.sub(as_figure, md.render(column))
                       for column in slide["columns"]]
        except SlideError as error:
            raise SlideError(f"{name}, slide #{slide['id']}: {error}") from error
        if len(columns) == 1:
            body = f'<div class="body">{columns[0]}</div>'
        else:
            body = '<div class="body columns">' + "".join(
                f'<div class="column">{column}</div>' for column in columns) + "</div>"
        kind = "title-slide" if slide["level"] == 1 else "slide-content"
        classes = " ".join(["slide", kind] + slide["classes"])
        heading = "h1" if slide["level"] == 1 else "h2"
        footer = (f'<footer><span>{html.escape(deck_title)}</span>'
                  f'<a href="#{slide["id"]}">#{slide["id"]}</a>'
                  f'<span>{number} / {len(slides)}</span></footer>')
        sections.append(f'<section class="{classes}" id="{slide["id"]}">\n'
                        f'<{heading}>{title}</{heading}>\n{body}\n{footer}\n</section>')
    page = TEMPLATE.format(title=html.escape(deck_title), css=stylesheet(),
                           script=SCRIPT, sections="\n".join(sections))
    return page, [s["id"] for s in slides], used


def stylesheet():
    from pygments.formatters import HtmlFormatter
    return CSS + HtmlFormatter(style="friendly").get_style_defs(".code")


TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
{css}
</style>
</head>
<body>
{sections}
<script>
{script}
</script>
</body>
</html>
"""

CSS = """
@page { size: 1280px 720px; margin: 0; }
html, body { margin: 0; padding: 0; }
body { background: #4a5060; font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif;
       color: #1d2430; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
section.slide { box-sizing: border-box; width: 1280px; height: 720px; margin: 16px auto;
  padding: 30px 56px 44px; background: #fff; position: relative; overflow: hidden;
  display: flex; flex-direction: column; font-size: 24px; line-height: 1.38; }
section.slide h2 { margin: 0 0 12px; font-size: 36px; color: #16407a;
  border-bottom: 3px solid #e3e8f0; padding-bottom: 6px; }
section.title-slide { justify-content: center; padding: 60px 110px;
  background: linear-gradient(135deg, #16407a 0%, #2b6cb0 100%); color: #fff; }
section.title-slide h1 { font-size: 54px; margin: 0 0 20px; line-height: 1.15; }
section.title-slide .body { flex: 0 1 auto; font-size: 26px; }
section.title-slide footer, section.title-slide footer a { color: #dbe7f7; }
.body { flex: 1 1 auto; min-height: 0; overflow: hidden; display: flex; flex-direction: column; }
.body.columns { flex-direction: row; gap: 36px; }
.body > *, .column > * { flex: 0 0 auto; }
.body.columns > .column { flex: 1 1 0; min-width: 0; min-height: 0; overflow: hidden;
  display: flex; flex-direction: column; }
.body > :first-child, .column > :first-child { margin-top: 0; }
/* a figure takes the height the text leaves free, and scales its image to fit */
.body > figure, .column > figure { flex: 1 1 0; min-height: 0; margin: 0 0 6px;
  display: flex; flex-direction: column; }
figure img.figure { flex: 1 1 0; min-height: 0; width: 100%; object-fit: contain; }
.caption { display: block; }
figcaption, .caption { flex: 0 0 auto; text-align: center; font-size: 17px; color: #5a6475; margin-top: 4px; }
p { margin: 0 0 12px; }
ul, ol { margin: 0 0 12px; padding-left: 30px; }
li { margin: 3px 0; }
li > p { margin: 0; }
strong { color: #0b2f5c; }
section.title-slide strong { color: #fff; }
code { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 0.86em;
  background: #f1f3f7; border-radius: 4px; padding: 0 4px; white-space: nowrap; }
section.title-slide code { background: rgba(255, 255, 255, 0.18); color: #fff; }
pre.code { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 18px;
  line-height: 1.35; background: #f6f8fb; border: 1px solid #e1e6ee; border-left: 5px solid #2b6cb0;
  border-radius: 6px; padding: 10px 14px; margin: 0 0 12px; overflow: hidden; white-space: pre; }
pre.code code { background: none; padding: 0; }
table { border-collapse: collapse; margin: 0 0 12px; font-size: 0.9em; }
th, td { border: 1px solid #d6dce6; padding: 4px 12px; text-align: left; vertical-align: middle; }
th { background: #eef2f8; }
td a { white-space: nowrap; }
blockquote { margin: 0 0 12px; padding: 8px 16px; background: #fff7e0;
  border-left: 5px solid #e0a800; border-radius: 4px; }
blockquote p:last-child { margin-bottom: 0; }
img.figure { display: block; max-width: 100%; margin: 0 auto; }
math { font-family: "STIX Two Math", "Latin Modern Math", "DejaVu Math TeX Gyre",
  "Cambria Math", math; font-size: 1.08em; }
math[display="block"] { margin: 8px 0 12px; }
.tt { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; }
section.small { font-size: 20px; }
section.small pre.code { font-size: 16px; }
section.compact th, section.compact td { padding: 2px 12px; }
section.tight { font-size: 21px; line-height: 1.3; }
footer { position: absolute; left: 56px; right: 56px; bottom: 12px; display: flex;
  justify-content: space-between; font-size: 14px; color: #8a93a3; }
footer a { color: #8a93a3; text-decoration: none; }
@media screen {
  html { scroll-snap-type: y proximity; }
  section.slide { zoom: var(--zoom, 1); scroll-snap-align: center; }
}
@media print {
  body { background: #fff; }
  section.slide { margin: 0; break-after: page; page-break-after: always; }
}
"""

# Screen only: scale each slide to the window, arrow keys move a slide at a time.
SCRIPT = """
(function () {
  var slides = Array.prototype.slice.call(document.querySelectorAll("section.slide"));
  function fit() {
    var z = Math.min(window.innerWidth / 1296, window.innerHeight / 736);
    document.documentElement.style.setProperty("--zoom", Math.max(0.3, z));
  }
  function current() {
    var best = 0, mid = window.innerHeight / 2;
    slides.forEach(function (s, i) {
      var r = s.getBoundingClientRect();
      if (r.top <= mid) { best = i; }
    });
    return best;
  }
  document.addEventListener("keydown", function (e) {
    var step = {ArrowRight: 1, ArrowDown: 1, PageDown: 1, " ": 1,
                ArrowLeft: -1, ArrowUp: -1, PageUp: -1}[e.key];
    if (!step) { return; }
    e.preventDefault();
    var next = Math.min(slides.length - 1, Math.max(0, current() + step));
    slides[next].scrollIntoView({block: "center"});
  });
  window.addEventListener("resize", fit);
  fit();
})();
"""


# ---------------------------------------------------------------------------- Chromium

def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    raise SlideError("Chromium is needed to print the PDFs: apt-get install chromium")


def chromium_command(user_data_dir, *args):
    return [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-extensions", "--hide-scrollbars", "--mute-audio",
            f"--user-data-dir={user_data_dir}", *args]


def print_pdf(html_path, pdf_path, timeout=120):
    """Print a deck to PDF with headless Chromium (the CSS puts one slide on each page)."""
    pdf_path = Path(pdf_path)
    pdf_path.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory(prefix="slides-chromium-") as profile:
        command = chromium_command(profile, "--no-pdf-header-footer",
                                   f"--print-to-pdf={pdf_path}",
                                   Path(html_path).resolve().as_uri())
        result = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    if not pdf_path.exists() or pdf_path.stat().st_size == 0:
        raise SlideError(f"Chromium did not print {pdf_path} (exit {result.returncode}):\n"
                         f"{result.stderr[-2000:]}")
    normalise_pdf(pdf_path)
    return pdf_path


def normalise_pdf(pdf_path):
    """Blank the dates and the random document ID (same lengths, so the xref stays valid),
    so that printing the same HTML twice gives the same bytes."""
    data = pdf_path.read_bytes()
    zero = lambda m: m.group(1) + re.sub(rb"[0-9A-Fa-f]", b"0", m.group(2))  # noqa: E731
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)([^)]*)", zero, data)
    data = re.sub(rb"(/ID\s*\[)([^\]]*)", zero, data)
    pdf_path.write_bytes(data)


# ---------------------------------------------------------------------------- building

def build_html(slug, out_dir, figures):
    source = RECITATIONS / f"{slug}.md"
    if not source.exists():
        raise SlideError(f"missing deck source {source}")
    page, ids, used = render_deck(source.read_text(encoding="utf-8"), figures, slug)
    target = Path(out_dir) / f"{slug}.html"
    target.write_text(page, encoding="utf-8")
    return target, ids, used


def question_slides(slug):
    """{question name: [(slide id, slide title), ...]} from the deck's `#questions` table,
    whose rows start with the exact question name and link the slides that explain it."""
    deck = parse_deck((RECITATIONS / f"{slug}.md").read_text(encoding="utf-8"), f"{slug}.md")
    titles = {s["id"]: s["title"] for s in deck}
    table = next((s for s in deck if s["id"] == "questions"), None)
    if table is None:
        raise SlideError(f"{slug}.md has no #questions slide")
    rows = [line for line in "\n".join(table["columns"]).splitlines()
            if line.lstrip().startswith("|")][2:]  # after the header and the |---| line
    mapping = {}
    for row in rows:
        name = row.strip().strip("|").split("|")[0].strip()
        links = re.findall(r"\]\(#([^)\s]*)\)", row)
        unknown = [link for link in links if link not in titles]
        if unknown:
            raise SlideError(f"{slug}.md #questions, row {name}: no slide {{#{unknown[0]}}}")
        if name in mapping:
            raise SlideError(f"{slug}.md #questions: {name} has two rows")
        mapping[name] = [(link, titles[link]) for link in links]
    return mapping


def build_all(out_dir=DEFAULT_OUT, decks=None, pdf=True):
    """Build every deck into out_dir: <slug>.html (self-contained) and <slug>.pdf.
    Returns the paths written."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    figures = Figures()
    written, htmls = [], []
    for slug in decks or DECKS:
        start = time.perf_counter()
        html_path, ids, used = build_html(slug, out_dir, figures)
        htmls.append(html_path)
        written.append(html_path)
        print(f"slides: {slug:<20} {len(ids):>3} slides {len(set(used)):>3} figures "
              f"-> {html_path} ({time.perf_counter() - start:.1f} s)", flush=True)
    if pdf:
        start = time.perf_counter()
        with ThreadPoolExecutor(max_workers=3) as pool:
            pdfs = list(pool.map(lambda h: print_pdf(h, h.with_suffix(".pdf")), htmls))
        for path in pdfs:
            print(f"slides: {path.stem:<20} -> {path}", flush=True)
        print(f"slides: {len(pdfs)} PDFs printed ({time.perf_counter() - start:.1f} s)",
              flush=True)
        written += pdfs
    return written


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) > 1 or (argv and argv[0].startswith("-")):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    try:
        build_all(Path(argv[0]) if argv else DEFAULT_OUT)
    except SlideError as error:
        print(f"slides: error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
