"""The feedback file, class summary and summary picture in Chinese, and in English exactly as before."""

import gettext
import pickle
import re
import subprocess
import sys
import warnings

import pytest
from matplotlib import font_manager

from cnnlab import i18n
from cnnlab.checks.results import CheckResult, SubmissionResult
from cnnlab.grading import report
from cnnlab.lab.config import QUESTIONS

# a few entries of the zh-CN catalogue, as the compiled one will have them (the tests must not need it)
ZH = {
    "verdict\x04passed": "答案正确",
    "verdict\x04failed": "答案错误",
    "verdict\x04timeout": "运行超时",
    "check\x04hidden": "隐藏",
    "check\x04public": "公开",
    "Feedback for {name}": "{name} 的评分反馈",
    "**Score: {earned} / {possible}** (grading status: {status})": (
        "**得分：{earned} / {possible}**（评分状态：{status}）"
    ),
    "| question | what it grades | points |": "| 题目 | 考查内容 | 得分 |",
    "{task}: {title}": "{task}：{title}",
    "task 1": "任务 1",
    "the test set": "测试集",
    "Checks": "检查项",
    "hidden check {verdict}": "隐藏检查：{verdict}",
    "{text}. Hint: {hint}": "{text}。提示：{hint}",
    "{mark} **{question}** ({kind}, {points}/{max_points})": "{mark} **{question}**（{kind}，{points}/{max_points}）",
    "{mark} **{question}** ({kind}, {points}/{max_points}): {feedback}": (
        "{mark} **{question}**（{kind}，{points}/{max_points}）：{feedback}"
    ),
    "Class summary": "全班成绩汇总",
    "{count} submissions; mean {mean:.2f}, median {median:g} of {total} points.": (
        "共 {count} 份提交；平均分 {mean:.2f}，中位数 {median:g}（满分 {total} 分）。"
    ),
    "| grading status | submissions |": "| 评分状态 | 提交数 |",
    "Most common failures": "最常见的错误",
    "grading status: {status}": "评分状态：{status}",
    "Scores": "得分分布",
    "points (of {total})": "得分（满分 {total}）",
    "submissions": "提交数",
    "Full marks per question": "各题满分率",
    "% of submissions": "占提交数的百分比（%）",
}
ENGLISH_PICTURE = {
    "scores": "Scores",
    "points": "points (of 4)",
    "submissions": "submissions",
    "full_marks": "Full marks per question",
    "percent": "% of submissions",
}
TEST_FONT = "Cnnlab Test CJK"


class Catalogue(gettext.NullTranslations):
    """A catalogue from a dict: what gettext.GNUTranslations reads from a .mo file."""

    def __init__(self, messages: dict[str, str]):
        super().__init__()
        self.messages = messages

    def gettext(self, message):
        return self.messages.get(message, message)

    def pgettext(self, context, message):
        return self.messages.get(f"{context}\x04{message}", message)


def set_language(lang, translations):
    previous = i18n._active
    i18n._active = (lang, translations)
    return previous


@pytest.fixture
def chinese():
    previous = set_language("zh-CN", Catalogue(ZH))
    yield
    i18n._active = previous


@pytest.fixture
def english():
    previous = set_language("en", gettext.NullTranslations())
    yield
    i18n._active = previous


@pytest.fixture
def bundled_fonts_only(monkeypatch):
    """Only the fonts matplotlib ships (none of them draws Chinese), whatever this machine has installed."""
    bundled = [f for f in font_manager.fontManager.ttflist if f.name.startswith(("DejaVu", "Last Resort"))]
    assert any(f.name.startswith("Last Resort") for f in bundled)  # every character, as boxes: must not be chosen
    monkeypatch.setattr(font_manager.fontManager, "ttflist", bundled)
    yield bundled
    font_manager.fontManager._findfont_cached.cache_clear()  # lookups made among these fonts only


@pytest.fixture
def cjk_test_font(tmp_path, bundled_fonts_only):
    """A real TrueType font with a glyph (a box) for every Chinese character of ZH, installed for matplotlib."""
    fontBuilder = pytest.importorskip("fontTools.fontBuilder")
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    def glyph(box: bool):
        pen = TTGlyphPen(None)
        if box:
            pen.moveTo((100, 0)), pen.lineTo((100, 700)), pen.lineTo((900, 700)), pen.lineTo((900, 0)), pen.closePath()
        return pen.glyph()

    codes = sorted({ord(ch) for text in ZH.values() for ch in text if not ch.isascii()})
    names = [".notdef", "space", *(f"uni{code:04X}" for code in codes)]
    builder = fontBuilder.FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({32: "space", **{code: f"uni{code:04X}" for code in codes}})
    builder.setupGlyf({name: glyph(name != "space") for name in names})
    builder.setupHorizontalMetrics({name: (1000, 0) for name in names})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": TEST_FONT, "styleName": "Regular"})
    builder.setupOS2(sTypoAscender=800, sTypoDescender=-200, usWinAscent=800, usWinDescent=200)
    builder.setupPost()
    path = tmp_path / "cnnlab-test-cjk.ttf"
    builder.save(str(path))
    font_manager.fontManager.addfont(str(path))  # appends to the monkeypatched list, gone with it
    return TEST_FONT


def submission() -> SubmissionResult:
    q1, q2 = list(QUESTIONS)[:2]
    return SubmissionResult(
        "bob",
        [
            CheckResult(q1, "test_set_size", 2, 2, False, "passed"),
            CheckResult(q2, "fc1_in", 0, 2, False, "failed", "fc1 takes 100 features", "count the pooling"),
            CheckResult(q2, "fc1_hidden", 0, 2, True, "timeout", "timeout", "count the pooling", detail="secret"),
        ],
    )


def draw(path, results=None):
    """The summary picture's labels, failing on any warning of a glyph missing from the fonts."""
    results = results or [submission()]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        labels = report.summary_picture(path, results, {q: 4 if q == list(QUESTIONS)[1] else 0 for q in QUESTIONS})
    assert not [w for w in caught if "missing from font" in str(w.message)]
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    return labels


def test_feedback_in_english_is_as_before(english):
    text = report.feedback_markdown(submission())
    assert text.startswith(
        "# Feedback for bob\n\n**Score: 2 / 6** (grading status: graded)\n\n"
        "| question | what it grades | points |\n|---|---|---|\n| q1_test_set | task 1: the test set | 2 / 2 |\n"
    )
    assert "- ✅ **q1_test_set** (public, 2/2): passed\n" in text
    assert "- ❌ **q2_fc1** (public, 0/2): fc1 takes 100 features. Hint: count the pooling\n" in text
    assert "- ❌ **q2_fc1** (hidden, 0/2): hidden check timeout. Hint: count the pooling\n" in text
    assert text.endswith(
        "\n\nHidden checks ask the same questions as the public ones on inputs you have not seen: "
        "a solution that passes the public checks by working in general passes them too.\n"
    )
    assert "secret" not in text


def test_feedback_in_chinese_shows_the_verdict_beside_the_mark(chinese):
    text = report.feedback_markdown(submission())
    assert text.startswith("# bob 的评分反馈\n\n**得分：2 / 6**（评分状态：graded）\n\n| 题目 | 考查内容 | 得分 |\n")
    assert "| q1_test_set | 任务 1：测试集 | 2 / 2 |" in text
    assert "## 检查项\n" in text
    assert "- ✅ 答案正确 **q1_test_set**（公开，2/2）\n" in text  # a passed check's feedback is the verdict itself
    assert "- ❌ 答案错误 **q2_fc1**（公开，0/2）：fc1 takes 100 features。提示：count the pooling\n" in text
    # a hidden check's line says its verdict once: in its own words, not again beside the mark
    assert "- ❌ **q2_fc1**（隐藏，0/2）：隐藏检查：运行超时。提示：count the pooling\n" in text
    assert "secret" not in text


def test_gradescope_output_translates_its_label_not_the_status(chinese):
    data = report.gradescope_json(submission())
    assert data["output"] == "评分状态：graded"
    assert data["tests"][0]["status"] == "passed"


def test_summary_in_english_is_as_before(english):
    text = report.summary_markdown([submission()], {q: 2 for q in QUESTIONS}, "summary.png")
    assert text.startswith(
        "# Class summary\n\n1 submissions; mean 2.00, median 2 of 10 points.\n\n"
        "![score histogram and pass rate per question](summary.png)\n\n| grading status | submissions |\n"
    )
    assert "\n## Most common failures\n\n| question | the hint those students got | submissions |\n" in text


def test_summary_in_chinese(chinese):
    text = report.summary_markdown([submission()], {q: 2 for q in QUESTIONS}, "summary.png")
    assert text.startswith("# 全班成绩汇总\n\n共 1 份提交；平均分 2.00，中位数 2（满分 10 分）。\n\n")
    assert "| 评分状态 | 提交数 |\n|---|---|\n| graded | 1 |\n" in text  # the status itself stays a key
    assert "## 最常见的错误" in text


def test_picture_in_english_has_its_english_labels(english, tmp_path):
    assert draw(tmp_path / "summary.png") == ENGLISH_PICTURE


def test_picture_in_chinese_without_a_cjk_font_keeps_english_labels(chinese, bundled_fonts_only, tmp_path):
    """No empty boxes (matplotlib issue 15062): without a font for the Chinese labels, they stay English."""
    assert report.cjk_font("得分分布") is None  # Last Resort has every character, but only as boxes
    assert draw(tmp_path / "summary.png") == ENGLISH_PICTURE


def test_picture_in_chinese_with_a_cjk_font_uses_chinese_labels(chinese, cjk_test_font, tmp_path):
    assert report.cjk_font("得分分布") == cjk_test_font
    assert report.cjk_font("得分分布，龘") is None  # a character the font lacks
    labels = draw(tmp_path / "summary.png")
    assert labels["scores"] == "得分分布" and labels["points"] == "得分（满分 4）"


def test_picture_uses_the_font_the_finder_names(chinese, monkeypatch, tmp_path):
    chosen = []
    monkeypatch.setattr(report, "cjk_font", lambda text: chosen.append(text) or "DejaVu Sans")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # DejaVu Sans has no Chinese: only which labels were chosen matters here
        labels = report.summary_picture(tmp_path / "summary.png", [submission()], {q: 2 for q in QUESTIONS})
    assert labels["full_marks"] == "各题满分率" and "各题满分率" in chosen[0]


def test_the_summary_lists_tied_failures_in_the_order_they_were_met_on_every_run():
    """Ties in the class summary's "most common failures" keep the order the failures were first met, not a set's
    order (which changes with each process's string hashes): a re-run writes the same summary."""
    names = [f"hint {i}" for i in range(12)]
    results = [
        SubmissionResult(
            name=f"s{i}",
            checks=[CheckResult(q, f"c{i}", 0, 2, False, "failed", "wrong", names[i]) for q in QUESTIONS],
            status="graded",
        )
        for i in range(len(names))
    ]
    expected = [(q, names[0], 1) for q in QUESTIONS] + [(q, names[1], 1) for q in QUESTIONS][:3]
    code = (
        "import pickle, sys; from cnnlab.grading import report; "
        "print(report.common_failures(pickle.loads(sys.stdin.buffer.read())))"
    )

    runs = {
        subprocess.run(
            [sys.executable, "-c", code],
            input=pickle.dumps(results),
            capture_output=True,
            env={"PYTHONHASHSEED": seed},
            timeout=120,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert report.common_failures(results) == expected and runs == {f"{expected}\n".encode()}


def test_what_a_submission_wrote_adds_no_cell_to_the_summarys_tables(english):
    """A status or a stub's message holds the submission's words: a '|' there stays in its cell."""
    q1 = list(QUESTIONS)[0]
    words = "x) | 0 | | graded | 42 |"
    parse = SubmissionResult("eve", [CheckResult(q1, "test_set_size", 0, 2, False, "syntax error", words)])
    parse.status = f"syntax error (not Python text: {words})"
    stub = SubmissionResult("mallory", [CheckResult(q1, "test_set_size", 0, 2, False, "not finished", words)])
    text = report.summary_markdown([parse, stub], {q: 2 for q in QUESTIONS}, None)
    rows = [line for line in text.splitlines() if "graded" in line and "42" in line]
    cells = [re.split(r"(?<!\\)\|", row)[1:-1] for row in rows]  # a cell ends at a '|' not escaped
    assert [len(c) for c in cells] == [2, 3], text  # the status table's row, the common failures' row
    assert cells[0][0].strip().startswith("syntax error") and cells[1][0].strip() == q1
