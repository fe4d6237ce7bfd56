"""The recitation slides, checked in a real renderer.

Every deck is built once (into a temporary folder). Each HTML deck is then opened in
headless Chromium with a probe script added to a copy of it: after the page's load event,
the probe writes what the browser actually rendered into the DOM (slide ids, images that
failed to decode, MathML elements without a box, slides whose content overflows, resources
fetched from anywhere but a data: URI), and `--dump-dom` hands that back. Each PDF is
checked with poppler (pdfinfo, pdftoppm): one page per slide, no blank page.

The slide count is taken from the Markdown source here, independently of the builder: a
slide separator is a line that is exactly `---` outside a fenced code block, and each slide
starts with a heading that ends in `{#id}`.

Needs Chromium and poppler-utils (`apt-get install chromium poppler-utils`); without them
these tests fail rather than skip.
"""
import html
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from autograder import slides
from conftest import master_questions

DECKS = slides.DECKS
TIMEOUT = 120
PROBE = """
<script>
window.addEventListener("load", function () {
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.slide"));
  var images = Array.prototype.slice.call(document.images);
  var maths = Array.prototype.slice.call(document.getElementsByTagName("math"));
  var overflow = [];
  sections.forEach(function (s) {
    [s].concat(Array.prototype.slice.call(s.querySelectorAll(".body, .column, pre, table")))
      .forEach(function (e) {
        if (e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1) {
          overflow.push(s.id + " " + e.tagName.toLowerCase() + "." + e.className);
        }
      });
  });
  var text = document.body.cloneNode(true);
  Array.prototype.slice.call(text.querySelectorAll("pre, code, script, style"))
    .forEach(function (e) { e.remove(); });
  var report = {
    ids: sections.map(function (s) { return s.id; }),
    images: images.length,
    broken: images.filter(function (i) { return !i.complete || i.naturalWidth === 0; })
                  .map(function (i) { return i.alt; }),
    tiny: images.filter(function (i) { return i.getBoundingClientRect().height < 100; })
                .map(function (i) { return i.alt; }),
    math: maths.length,
    math_rendered: maths.filter(function (m) {
      var box = m.getBoundingClientRect();
      return (m instanceof MathMLElement) && box.width > 0 && box.height > 0;
    }).length,
    overflow: overflow,
    resources: performance.getEntriesByType("resource").map(function (e) { return e.name; })
                 .filter(function (n) { return n.indexOf("data:") !== 0; }),
    text: text.textContent
  };
  var out = document.createElement("pre");
  out.id = "slide-probe";
  out.textContent = JSON.stringify(report);
  document.body.appendChild(out);
});
</script>
"""


def tool(name, package):
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed: apt-get install {package}")
    return path


def source_slides(slug):
    """(number of slides, slide ids, figure names) read from the Markdown source."""
    text = (slides.RECITATIONS / f"{slug}.md").read_text(encoding="utf-8")
    separators, ids, fence = 0, [], False
    for line in text.splitlines():
        if re.match(r"^\s*(```|~~~)", line):
            fence = not fence
        elif not fence and line.rstrip() == "---":
            separators += 1
        elif not fence and re.match(r"^#{1,2} .*\{#[a-z0-9-]+[^}]*\}\s*$", line):
            ids.append(re.search(r"\{#([a-z0-9-]+)", line).group(1))
    return separators + 1, ids, re.findall(r"\]\(fig:([A-Za-z0-9_]+)", text)


@pytest.fixture(scope="session")
def built():
    """Every deck, built once: {slug: (html path, pdf path)}."""
    tool("chromium", "chromium")
    folder = Path(tempfile.mkdtemp(prefix="slides-test-"))
    try:
        paths = slides.build_all(folder)
    except slides.SlideError as error:
        pytest.fail(f"the slides did not build: {error}")
    assert sorted(p.name for p in paths) == sorted(
        f"{slug}.{ext}" for slug in DECKS for ext in ("html", "pdf"))
    yield {slug: (folder / f"{slug}.html", folder / f"{slug}.pdf") for slug in DECKS}
    shutil.rmtree(folder, ignore_errors=True)


def render(html_path):
    """What Chromium rendered: the probe's report for a copy of the deck."""
    page = html_path.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory(prefix="slides-probe-") as folder:
        probe = Path(folder) / html_path.name
        probe.write_text(page.replace("</body>", PROBE + "</body>"), encoding="utf-8")
        profile = Path(folder) / "profile"
        result = subprocess.run(
            slides.chromium_command(profile, "--window-size=1400,900", "--dump-dom",
                                    probe.as_uri()),
            capture_output=True, text=True, timeout=TIMEOUT)
    found = re.search(r'<pre id="slide-probe">(.*?)</pre>', result.stdout, re.S)
    assert found, f"Chromium rendered no probe report (exit {result.returncode}):\n" \
                  f"{result.stderr[-2000:]}"
    return json.loads(html.unescape(found.group(1)))


@pytest.mark.parametrize("slug", DECKS)
def test_deck_renders_in_chromium(built, slug):
    html_path, _ = built[slug]
    count, ids, figures = source_slides(slug)
    report = render(html_path)

    assert len(ids) == count, f"{slug}.md: {count} slides but {len(ids)} '{{#id}}' headings"
    assert report["ids"] == ids, "the rendered slides are not the source's slides"
    assert report["ids"][-1] == "questions", "the deck must end with its questions slide"

    assert report["images"] == len(figures) > 0, "one <img> per figure of the source"
    assert report["broken"] == [], f"figures that did not load: {report['broken']}"
    assert report["tiny"] == [], f"figures squeezed below 100 px: {report['tiny']}"

    assert report["math"] > 0, "no MathML in the deck"
    assert report["math_rendered"] == report["math"], "MathML elements without a box"
    text = report["text"]
    for raw in ("$", "\\(", "\\[", "\\begin"):
        assert raw not in text, f"raw TeX {raw!r} left in the rendered text"
    leftover = re.findall(r"\\[A-Za-z]+", text)
    assert leftover == [], f"TeX commands left in the rendered text: {leftover[:5]}"

    assert report["overflow"] == [], f"content overflows its slide: {report['overflow']}"
    assert report["resources"] == [], f"resources fetched: {report['resources']}"


@pytest.mark.parametrize("slug", DECKS)
def test_html_is_self_contained(built, slug):
    page = built[slug][0].read_text(encoding="utf-8")
    assert "http://" not in page and "https://" not in page
    assert not re.search(r"<(link|iframe|object|embed)\b", page)
    assert not re.search(r"<script[^>]*\bsrc=", page)
    for src in re.findall(r'<img [^>]*src="([^"]*)"', page):
        assert src.startswith("data:image/png;base64,")
    assert "<math" in page


@pytest.mark.parametrize("slug", DECKS)
def test_pdf_has_one_nonblank_page_per_slide(built, slug):
    pdfinfo, pdftoppm = tool("pdfinfo", "poppler-utils"), tool("pdftoppm", "poppler-utils")
    _, pdf_path = built[slug]
    count, _, _ = source_slides(slug)
    info = subprocess.run([pdfinfo, str(pdf_path)], capture_output=True, text=True,
                          timeout=TIMEOUT, check=True).stdout
    assert int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1)) == count
    width, height = map(float, re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", info, re.M).groups())
    assert (round(width), round(height)) == (960, 540), "16:9 pages of 1280 x 720 CSS pixels"
    with tempfile.TemporaryDirectory(prefix="slides-pages-") as folder:
        subprocess.run([pdftoppm, "-r", "20", "-png", str(pdf_path), f"{folder}/page"],
                       check=True, timeout=TIMEOUT)
        pages = sorted(Path(folder).glob("page-*.png"))
        assert len(pages) == count
        for page in pages:
            pixels = np.asarray(Image.open(page).convert("L"), dtype=float)
            inked = np.mean(np.abs(pixels - np.median(pixels)) > 40)
            assert inked > 0.005, f"{page.name} of {slug}.pdf looks blank ({inked:.4f} inked)"


def test_html_build_is_reproducible(built):
    """Rendering a deck again, figures redrawn from scratch, gives the same bytes."""
    slug = "02_pytorch_tensors"
    page, _, _ = slides.render_deck((slides.RECITATIONS / f"{slug}.md").read_text(),
                                    slides.Figures(), slug)
    assert page == built[slug][0].read_text(encoding="utf-8")


@pytest.mark.parametrize("slug", DECKS)
def test_questions_slide_matches_the_notebook(slug):
    """The `#questions` table names every graded question of the master notebook once (its
    first cell is the exact name) and links only slides of its own deck."""
    expected = master_questions(slug)
    assert expected, f"no '# BEGIN QUESTION' cell in the master notebook of {slug}"
    table = slides.question_slides(slug)  # raises on a duplicate row or an unknown slide id
    missing = [name for name in expected if name not in table]
    assert not missing, f"{slug}.md #questions: no row for {missing}"
    extra = [name for name in table if name not in expected]
    assert not extra, f"{slug}.md #questions: rows for questions not in the master: {extra}"
    assert all(table.values()), f"{slug}.md #questions: a row links no slide"


@pytest.mark.parametrize("slug", DECKS)
def test_each_question_links_its_slides(slug):
    """In the notebook students get, each question's text links the slides its row of the
    deck's `#questions` table names, at the path they have in dist/student/."""
    from autograder import course
    notebook = json.loads((course.RELEASE / slug / f"{slug}.ipynb").read_text(encoding="utf-8"))
    cells = ["".join(c["source"]) for c in notebook["cells"] if c["cell_type"] == "markdown"]
    for question, linked in slides.question_slides(slug).items():
        number = re.match(r"q(\d+)_", question).group(1)
        start = f"**Question {number} ("
        cell = next((c for c in cells if c.startswith(start)), None)
        assert cell, f"{slug}: no markdown cell starting {start!r} in the notebook"
        for slide_id, _ in linked:
            link = f"(../slides/{slug}.html#{slide_id})"
            assert link in cell, f"{slug} {question}: the question's text does not link {link}"


def test_one_deck_per_assignment():
    from autograder import course
    assert slides.DECKS == [a.slug for a in course.ASSIGNMENTS]


def test_source_errors_are_reported():
    figures = slides.Figures()
    with pytest.raises(slides.SlideError, match="must start with"):
        slides.render_deck("# Title {#title}\n\n---\n\nno heading here\n", figures)
    with pytest.raises(slides.SlideError, match="duplicate id"):
        slides.render_deck("# A {#a}\n\n---\n\n## B {#a}\n", figures)
    with pytest.raises(slides.SlideError, match="drawn by code"):
        slides.render_deck("# A {#a}\n\n![a pasted image](picture.png)\n", figures)
    with pytest.raises(slides.SlideError, match="no figure function"):
        slides.render_deck("# A {#a}\n\n![missing](fig:no_such_figure)\n", figures)


def test_math_becomes_mathml():
    page, ids, _ = slides.render_deck(
        "# T {#t}\n\nInline $\\sigma(z) = \\frac{1}{1 + e^{-z}}$ and\n\n"
        "$$ \\sum_{k=1}^{C} e^{z_k} $$\n\n---\n\n## Two {#two .small}\n\n"
        "```python\nx = '$not math$'\n```\n", slides.Figures())
    assert ids == ["t", "two"]
    assert page.count("<math") == 2 and '<math display="block">' in page
    assert "<munderover>" in page           # the sum's limits go below and above
    assert "$not math$" in page              # code is left alone
    assert 'class="slide slide-content small"' in page


class NoFigures:
    """Stands in for slides.Figures where only the math matters: draws nothing."""

    def uri(self, name):
        return "data:image/png;base64,"


def mathml_errors(page):
    """Elements of the page's MathML with the wrong number of children for their tag
    (MathML Core: msup base and exponent, msubsup base and two scripts...)."""
    import xml.etree.ElementTree as ET
    errors = []
    for math in re.findall(r"<math\b.*?</math>", page, re.S):
        for element in ET.fromstring(math).iter():
            wanted = slides.FIXED_ARITY.get(element.tag)
            if wanted is not None and len(element) != wanted:
                errors.append(f"<{element.tag}> with {len(element)} children in {math}")
    return errors


@pytest.mark.parametrize("slug", DECKS)
def test_every_formula_is_valid_mathml(slug):
    page, _, _ = slides.render_deck((slides.RECITATIONS / f"{slug}.md").read_text(encoding="utf-8"),
                                    NoFigures(), slug)
    assert "<math" in page
    errors = mathml_errors(page)
    assert not errors, f"{len(errors)} invalid MathML elements in {slug}, e.g. {errors[0]}"


def test_a_word_with_a_script_keeps_its_space_outside_the_script():
    """tanh²(z) and sin² x: the word's thin space goes after the msup, not inside it."""
    page, _, _ = slides.render_deck("# T {#t}\n\n$1 - \\tanh^2(z)$ and $\\sin^2 x$ and "
                                    "$\\log_2 x$\n", NoFigures())
    assert mathml_errors(page) == []
    assert "<msup><mi>tanh</mi><mn>2</mn></msup><mo" in page   # no space before a bracket
    assert "<msup><mi>sin</mi><mn>2</mn></msup><mspace" in page
    assert "<msub><mi>log</mi><mn>2</mn></msub><mspace" in page
