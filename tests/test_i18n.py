"""The kit in the students' language: complete catalogues, a Chinese release without English sentences, Chinese
feedback with the same scores, a Chinese self-check and notebook that run."""

import ast
import csv
import json
import os
import re
import shutil
import string
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from kit import REFERENCE, REPO, SUBMISSIONS, cnnlab, run_notebook, run_student_selfcheck

from cnnlab import CnnlabError, i18n
from cnnlab.checks.judge import check_in_process
from cnnlab.release import catalogue

ZH = "zh-CN"
# What may stay English in a Chinese text: names of things, never sentences.
ALLOWED = (
    "please finish the code",
    "not finished yet",
    "PyTorch",
    "torchvision",
    "MNIST",
    "FashionMNIST",
    "LeNet",
    "Jupyter",
    "pytest",
    "Adam",
    "SGD",
    "ReLU",
    "softmax",
    "log_softmax",
    "CUDA",
    "CPU",
    "DataLoader",
)


def english_sentences(text: str) -> list[str]:
    """Runs of three or more English words in `text`, once code spans, identifiers, paths, quoted exception texts
    and the allowed names are taken out: a sentence a Chinese student would have to read in English."""
    text = re.sub(r"```.*?```", " ", text, flags=re.S)
    text = re.sub(r"`[^`]*`", " ", text)
    # an exception's own text (torch's, the student's), after its type and where it was raised
    text = re.sub(r"\b[A-Za-z]*(Error|Exception|Warning)\b[^:：\n]*[:：][^\n]*", " ", text)
    text = re.sub(r"https?://\S+|\S*[/\\]\S*", " ", text)
    for name in ALLOWED:
        text = text.replace(name, " ")
    text = re.sub(r"\S*[_.()\[\]=<>{}0-9]\S*", " ", text)  # identifiers, calls, shapes, numbers
    return re.findall(r"\b[A-Za-z]{2,}(?:[ ,;:'-]+[A-Za-z]{2,}){2,}\b", text)


def test_the_english_detector_finds_sentences_and_lets_names_and_code_through():
    assert english_sentences("the test set has 9 samples; expected more")
    assert english_sentences("提示：follow one image through the layers")
    assert not english_sentences(
        "测试集有 9 个样本（`make_test_set` 返回的 MNIST 数据集），请用 torch.flatten(t, 1) 展平"
    )
    assert not english_sentences("# ---- please finish the code / 请完成代码 (任务 1：测试集) ----")
    assert not english_sentences("RuntimeError: mat1 and mat2 shapes cannot be multiplied")
    assert not english_sentences(
        "forward 报错：RuntimeError（位于你的文件第 67 行）：shape '[-1, 300]' is invalid for input"
    )


# ---- the catalogues ---------------------------------------------------------------------------------------------
def test_every_message_of_the_kit_and_the_reference_has_a_chinese_translation_and_the_mo_files_are_current():
    assert catalogue.problems(ZH) == []


def test_a_new_comment_in_the_reference_is_a_message_to_translate_and_a_release_refuses_without_it(tmp_path):
    solutions = tmp_path / "solutions"
    shutil.copytree(REPO / "solutions", solutions)
    reference = solutions / "cnn_lab.py"
    reference.write_text(
        reference.read_text().replace(
            "def get_num_correct", "# count the right answers before you move on\ndef get_num_correct"
        )
    )
    found = catalogue.problems(ZH, solutions)
    assert len(found) == 1 and "1 message(s) have no zh-CN translation" in found[0], found
    assert "count the right answers before you move on" in found[0] and "cnnlab catalogue --lang zh-CN" in found[0]
    from cnnlab.release import build as release

    with pytest.raises(CnnlabError, match="no zh-CN release: 1 message"):
        release.build(solutions, None, ZH)


def test_an_emptied_or_fuzzy_translation_counts_as_missing():
    domain = i18n.SHIPPED_DOMAIN
    tmpl, po = catalogue.template(domain), catalogue.read(ZH, domain)
    assert catalogue.untranslated(po, tmpl) == []
    message = next(m for m in po if m.id == "the test set")
    message.string = ""
    assert catalogue.untranslated(po, tmpl) == ["the test set"]
    message.string, message.flags = "测试集", {"fuzzy"}
    assert catalogue.untranslated(po, tmpl) == ["the test set"]


def fields(text: str) -> list[str]:
    return sorted(f"{name}:{spec}" for _, name, spec, _ in string.Formatter().parse(text) if name is not None)


@pytest.mark.parametrize("domain", i18n.DOMAINS)
def test_each_translation_keeps_its_messages_fields_and_is_no_english_sentence(domain):
    for message in catalogue.read(ZH, domain):
        if not message.id:
            continue
        assert fields(message.string) == fields(message.id), (message.id, message.string)
        if message.id != message.string:  # a line of code translates to itself
            assert not english_sentences(message.string), (message.id, message.string)


def test_the_hidden_checks_texts_are_in_the_judges_catalogue_only():
    shipped = {m.id for m in catalogue.read(ZH, i18n.SHIPPED_DOMAIN)}
    hidden = {m.id for m in catalogue.template("cnnlab-judge") if any("hidden.py" in loc for loc, _ in m.locations)}
    assert hidden and not hidden & shipped


def test_an_unknown_language_is_one_line_naming_the_choices(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "cnnlab.cli", "check", str(REFERENCE), "--lang", "fr"], capture_output=True, text=True
    )
    assert done.returncode == 1 and "invalid choice: 'fr'" in done.stderr and "zh-CN" in done.stderr
    with pytest.raises(i18n.UnknownLanguage, match="choose one of en, zh-CN"):
        i18n.check_language("de")


# ---- what students read, built in Chinese ------------------------------------------------------------------------
@pytest.fixture
def chinese():
    before = i18n._active
    i18n.use(ZH)
    yield
    i18n._active = before


@pytest.mark.slow
def test_every_check_speaks_chinese_on_every_kind_of_wrong_submission(chinese, data_root):
    """Text built outside the catalogue shows here: an English sentence in any message, hint or feedback line."""
    from cnnlab.grading import report

    found = []
    wrong = sorted((SUBMISSIONS / "wrong").glob("*.py"))
    assert len(wrong) >= 10
    for path in [*wrong, REPO / "student" / "cnn_lab.py"]:
        result = check_in_process(path, data_root, hidden=True)
        assert result.checks
        for c in result.checks:
            for text in (c.message, c.hint, c.feedback()):
                found += [(path.name, c.check, s) for s in english_sentences(text)]
        found += [(path.name, "feedback file", s) for s in english_sentences(report.feedback_markdown(result))]
    assert not found, found[:10]


# ---- a release in Chinese ------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def zh_release(tmp_path_factory, data_root):
    out = tmp_path_factory.mktemp("zh")
    done = subprocess.run(
        [sys.executable, "-m", "cnnlab.cli", "release", "--lang", ZH, "--out", str(out), "--data", str(data_root)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return out


def texts_of_python(source: str) -> list[str]:
    return [text for text, _ in catalogue.lab_texts(source)] + re.findall(r'NotImplementedError\("([^"]*)"\)', source)


@pytest.mark.slow
def test_a_chinese_release_has_no_english_sentence_outside_code_and_the_marker_words(zh_release):
    student = zh_release / "student"
    assert json.loads((zh_release / "lab.json").read_text())["lang"] == ZH
    assert json.loads((student / "selfcheck" / "lab" / "lab.json").read_text())["lang"] == ZH
    assert (student / "selfcheck" / "locale" / "zh_CN" / "LC_MESSAGES" / "cnnlab.mo").is_file()
    assert not list(student.rglob("cnnlab-judge.*")) and not list(student.rglob("*.po"))  # the judge's never ships
    skeleton = (student / "cnn_lab.py").read_text()
    assert skeleton.count("please finish the code / 请完成代码") == 4
    found = []
    for name in ("cnn_lab.py", "test_cnn_lab.py"):
        found += [(name, s) for text in texts_of_python((student / name).read_text()) for s in english_sentences(text)]
    found += [("README.md", s) for s in english_sentences((student / "README.md").read_text())]
    nb = nbformat.reads((student / "cnn_lab.ipynb").read_text(), as_version=4)
    for cell in nb.cells:
        texts = [cell.source] if cell.cell_type == "markdown" else texts_of_python(cell.source)
        found += [("cnn_lab.ipynb", s) for text in texts for s in english_sentences(text)]
    assert not found, found[:10]
    # the same code as the English skeleton: only words changed (comments, docstrings, printed and raised texts)
    assert code_only(skeleton) == code_only((REPO / "student" / "cnn_lab.py").read_text())


class _Words(ast.NodeTransformer):
    def visit_Constant(self, node):
        return ast.Constant("…") if isinstance(node.value, str) else node

    def visit_JoinedStr(self, node):
        return ast.Constant("…")


def code_only(source: str) -> str:
    return ast.dump(_Words().visit(ast.parse(source)))


@pytest.mark.slow
def test_the_chinese_self_check_runs_with_pytest_alone_and_speaks_chinese(zh_release, data_root, tmp_path):
    folder = tmp_path / "student"
    shutil.copytree(zh_release / "student", folder)
    done = run_student_selfcheck(folder, data_root)
    assert done.returncode == 1 and "5 failed" in done.stdout, done.stdout[-2000:]
    assert done.stdout.count("未完成") >= 5 and "提示" in done.stdout and "not finished yet" not in done.stdout
    (folder / "cnn_lab.py").write_text(REFERENCE.read_text())
    done = run_student_selfcheck(folder, data_root)
    assert done.returncode == 0 and "5 passed" in done.stdout, done.stdout[-2000:]


@pytest.mark.slow
def test_the_chinese_notebook_runs_top_to_bottom(zh_release, data_root):
    assert "准确率" in run_notebook(zh_release / "student" / "cnn_lab.ipynb", data_root)


def gradebook(folder: Path) -> dict[str, dict]:
    with open(folder / "final_grades.csv", newline="") as f:
        return {row["file"]: row for row in csv.DictReader(f)}


@pytest.mark.slow
def test_the_example_class_graded_in_chinese_gets_the_same_scores_with_chinese_feedback(tmp_path, data_root):
    runs = {}
    for lang in ("en", ZH):
        out = tmp_path / lang
        done = cnnlab(
            "grade", REPO / "examples" / "submissions", "--out", out, "--data", data_root, "-q", "--lang", lang
        )
        assert done.returncode == 0, done.stderr[-2000:]
        runs[lang] = gradebook(out)
    assert runs["en"].keys() == runs[ZH].keys() and len(runs["en"]) >= 5
    for name, row in runs["en"].items():
        other = runs[ZH][name]
        assert {k: v for k, v in row.items() if k != "grading_status"} == {
            k: v for k, v in other.items() if k != "grading_status"
        }, name
        assert row["grading_status"].split(" ")[0] == other["grading_status"].split(" ")[0]  # the English word kept
    feedback = "".join(p.read_text() for p in (tmp_path / ZH / "feedback").glob("*.md"))
    assert "答案正确" in feedback and ("答案错误" in feedback or "未完成" in feedback)
    assert not english_sentences(feedback), english_sentences(feedback)[:5]
    summary = (tmp_path / ZH / "summary.md").read_text()
    assert not english_sentences(summary), english_sentences(summary)[:5]


@pytest.mark.slow
def test_check_takes_its_language_from_the_release_and_lang_overrides_it(zh_release, data_root):
    env = {**os.environ, "CNNLAB_LAB": str(zh_release / "lab.json"), "CNNLAB_DATA": str(data_root)}
    env.pop("CNNLAB_LANG", None)
    skeleton = zh_release / "student" / "cnn_lab.py"
    done = subprocess.run(
        [sys.executable, "-m", "cnnlab.cli", "check", str(skeleton)], capture_output=True, text=True, env=env
    )
    assert done.returncode == 1 and "提示" in done.stdout and "Hint:" not in done.stdout, done.stdout
    done = subprocess.run(
        [sys.executable, "-m", "cnnlab.cli", "check", str(skeleton), "--lang", "en"],
        capture_output=True,
        text=True,
        env=env,
    )
    # the stubs' own words are the skeleton's (Chinese); the kit's are English
    assert done.returncode == 1 and "Hint:" in done.stdout and "提示" not in done.stdout, done.stdout
