"""`kexie parse`: JSON Lines in order, one error line per bad file, directory walks, --jobs, the summary."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from reader_files import SEED_PATHS, SMALL_LIMIT, bad_inputs, seed_text

from kexie.reader import commandline
from kexie.reader.commandline import main
from kexie.reader.model import (
    Contact, LeadingGroup, Member, OutlineItem, ParsedDocument, Responsibility, Segment,
)
from kexie.reader.summary import render_summary

BAD_INPUTS = ["empty.txt", "whitespace.txt", "junk.txt", "junk.pdf", "truncated.pdf", "notzip.docx",
              "bomb.docx", "legacy.doc", "huge.txt", "a-directory.txt", "missing.txt"]


def run_main(capsys, *argv) -> tuple[int, list[str], list[str]]:
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out.splitlines(), err.splitlines()


def seed_copies(directory, encodings=("utf-8", "gb18030", "utf-16")):
    """The seed texts written in several encodings; returns (path, text) pairs in sorted path order."""
    written = []
    for index, seed in enumerate(SEED_PATHS):
        encoding = encodings[index % len(encodings)]
        path = directory / f"{index:02d}-{seed.name}"
        path.write_bytes(seed_text(seed).encode(encoding))
        written.append((path, seed_text(seed)))
    return written


@pytest.mark.parametrize("case", BAD_INPUTS)
def test_each_bad_input_gives_one_error_line_and_one_stderr_line(tmp_path, capsys, case):
    path = bad_inputs(tmp_path)[case]
    status, out, err = run_main(capsys, "--json", "--max-bytes", SMALL_LIMIT, path)
    assert status == 1
    assert len(out) == 1
    line = json.loads(out[0])
    assert line["format"] == "kexie.parse/1" and line["source"] == str(path) and line["error"]
    assert err == [line["error"]]


def test_bad_inputs_through_the_real_command_without_traceback(tmp_path):
    cases = bad_inputs(tmp_path)
    paths = [str(cases[name]) for name in BAD_INPUTS]
    process = subprocess.run([sys.executable, "-m", "kexie.cli", "parse", "--json", "--max-bytes", str(SMALL_LIMIT),
                              *paths], capture_output=True, text=True, timeout=120)
    assert process.returncode == 1
    assert "Traceback" not in process.stderr
    lines = [json.loads(line) for line in process.stdout.splitlines()]
    assert [line["source"] for line in lines] == paths
    assert all(line["error"] for line in lines)
    assert process.stderr.splitlines() == [line["error"] for line in lines]


def test_good_files_come_out_in_order_around_a_bad_one(tmp_path, capsys):
    (first, _), (second, _) = seed_copies(tmp_path)[:2]
    missing = tmp_path / "missing.txt"
    status, out, err = run_main(capsys, "--json", second, missing, first)
    assert status == 1
    results = [json.loads(line) for line in out]
    assert [r["source"] for r in results] == [str(second), str(missing), str(first)]
    assert "error" not in results[0] and "error" not in results[2]
    assert results[0]["format"] == "kexie.parse/1"
    assert len(err) == 1 and "does not exist" in err[0]


def test_all_good_files_exit_zero(tmp_path, capsys):
    paths = [path for path, _ in seed_copies(tmp_path)]
    status, out, err = run_main(capsys, "--json", *paths)
    assert status == 0 and err == []
    assert [json.loads(line)["source"] for line in out] == [str(p) for p in paths]


def test_the_parser_gets_the_decoded_text(tmp_path, monkeypatch, capsys):
    """Whatever the encoding on disk, the core sees the same text."""
    from kexie import reader

    seen = {}

    def fake_parse_text(text, source=None, **options):
        seen[source] = text
        return ParsedDocument(source=source, text=text)

    monkeypatch.setattr(reader, "parse_text", fake_parse_text)
    written = seed_copies(tmp_path)
    status, _, _ = run_main(capsys, "--json", tmp_path)
    assert status == 0
    assert seen == {str(path): text for path, text in written}


def test_a_directory_is_walked_recursively_in_sorted_order(tmp_path, capsys):
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deeper").mkdir(parents=True)
    text = seed_text(SEED_PATHS[0])
    for relative in ("b/2.txt", "a/deeper/3.md", "a/1.txt", "top.txt"):
        (tmp_path / relative).write_text(text, encoding="utf-8")
    (tmp_path / "a" / "notes.json").write_text("{}")
    (tmp_path / "a" / "~$lock.docx").write_bytes(b"\0" * 162)
    (tmp_path / "b" / "old.doc").write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 600)
    (tmp_path / "empty").mkdir()
    status, out, err = run_main(capsys, "--json", tmp_path, tmp_path / "empty")
    sources = [json.loads(line)["source"] for line in out]
    expected = ["a/1.txt", "a/deeper/3.md", "b/2.txt", "b/old.doc", "top.txt"]
    assert sources == [str(tmp_path / p) for p in expected] + [str(tmp_path / "empty")]
    errors = [json.loads(line).get("error") for line in out]
    assert errors[:3] == [None, None, None] and errors[4] is None
    assert ".docx or PDF" in errors[3]
    assert "no documents" in errors[5]
    assert status == 1 and len(err) == 2


def test_jobs_two_gives_the_same_output_as_jobs_one(tmp_path, capsys):
    seed_copies(tmp_path)
    # Enough files that the pool sends several chunks, and bad ones among them.
    for index in range(12):
        (tmp_path / f"copy-{index:02d}.txt").write_text(seed_text(SEED_PATHS[index % len(SEED_PATHS)]))
    (tmp_path / "zz-empty.txt").write_bytes(b"")
    (tmp_path / "zz-legacy.doc").write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 600)
    one = run_main(capsys, "--json", "--jobs", "1", tmp_path)
    two = run_main(capsys, "--json", "--jobs", "2", tmp_path)
    assert one == two
    assert one[0] == 1 and len(one[1]) == 19


def test_an_unexpected_exception_becomes_the_files_error_line(tmp_path, monkeypatch, capsys):
    from kexie import reader

    def broken(*args, **kwargs):
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(reader, "parse", broken)
    path = tmp_path / "a.txt"
    path.write_text("一、总体要求")
    status, out, err = run_main(capsys, "--json", path)
    assert status == 1
    message = json.loads(out[0])["error"]
    assert message.startswith(f"internal error reading {path}: RuntimeError: boom second line")
    assert message.endswith("please report it.")
    assert err == [message]


def test_a_dead_worker_costs_only_its_file(tmp_path, monkeypatch, capsys):
    import os

    real_read_one = commandline.read_one

    def read_one_or_die(job, as_json, max_bytes):
        if job.source.endswith("crash.txt"):
            os._exit(3)  # what a segfault in a native library looks like to the pool
        return real_read_one(job, as_json, max_bytes)

    monkeypatch.setattr(commandline, "read_one", read_one_or_die)
    for name in ("a.txt", "b.txt", "crash.txt", "d.txt", "e.txt"):
        (tmp_path / name).write_text("一、总体要求\n")
    status, out, err = run_main(capsys, "--json", "--jobs", "2", tmp_path)
    results = [json.loads(line) for line in out]
    assert [r["source"].rsplit("/", 1)[1] for r in results] == ["a.txt", "b.txt", "crash.txt", "d.txt", "e.txt"]
    assert [bool(r.get("error")) for r in results] == [False, False, True, False, False]
    assert "process died" in results[2]["error"]
    assert status == 1


def test_bad_arguments_are_a_usage_error(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["--jobs", "0", "x.txt"])
    assert stopped.value.code == 2


# ------------------------------------------------------------------ the human summary

def sample_document() -> ParsedDocument:
    return ParsedDocument(
        source="遵义.txt", doc_type="notice", issuer="遵义市科学技术协会", doc_number="遵市科协字〔2022〕6号",
        title="关于印发《实施方案》的通知", recipients=["市科协机关各部（室）", "各县（市、区）科协"],
        date="2022-04-13", contact=Contact(name="魏爽", phone="28223788"), cc=["省科协"],
        references=["国发〔2022〕2号"], enclosed_title="遵义市科协贯彻新国发2号文件实施方案",
        outline=[
            OutlineItem(id="1", marker="一、", level=1, heading="深入学习宣传贯彻"),
            OutlineItem(id="1.1", marker="（一）", level=2, heading="学深悟透文件精神",
                        responsibility=Responsibility(lead_leaders=["雷洪"], departments=["办公室", "党支部"]),
                        deadline="2022-06-30"),
            OutlineItem(id="1.1.1", marker="1.", level=3, heading="组织专题学习", time_hint="长期坚持"),
        ],
        leading_group=LeadingGroup(name="工作领导小组", heads=[Member("雷洪", "党组书记")],
                                   members=[Member("李光华", "办公室主任")], office="市科协办公室"),
        segments=[Segment(unit="泸州市科协", heading="开展科普日活动", text="9月，泸州市科协……")],
    )


def test_summary_shows_the_header_and_an_indented_tree():
    lines = render_summary(sample_document()).split("\n")
    assert lines[0] == "== 遵义.txt"
    for expected in ("  文种：通知", "  发文机关：遵义市科学技术协会", "  发文字号：遵市科协字〔2022〕6号",
                     "  主送：市科协机关各部（室）、各县（市、区）科协", "  日期：2022-04-13",
                     "  联系人：魏爽 28223788", "  抄送：省科协", "  引用文件：国发〔2022〕2号",
                     "  所附方案：遵义市科协贯彻新国发2号文件实施方案"):
        assert expected in lines
    first = lines.index("    一、深入学习宣传贯彻")
    assert lines[first + 1] == "      （一）学深悟透文件精神"
    assert lines[first + 2] == "          责任：牵头领导：雷洪；责任科室：办公室、党支部"
    assert lines[first + 3] == "          完成时限：2022-06-30"
    assert lines[first + 4] == "        1.组织专题学习"
    assert lines[first + 5] == "            时间：长期坚持"
    assert "      组长：雷洪（党组书记）" in lines
    assert "      办公室：市科协办公室" in lines
    assert "    【泸州市科协】开展科普日活动" in lines


def test_summary_of_a_document_without_outline_says_so():
    assert "未找到编号提纲" in render_summary(ParsedDocument(source="x.txt"))


def test_command_without_json_prints_summaries(tmp_path, monkeypatch, capsys):
    from kexie import reader

    monkeypatch.setattr(reader, "parse_text", lambda text, source=None, **options: sample_document())
    path = tmp_path / "a.txt"
    path.write_text("一、总体要求")
    status, out, err = run_main(capsys, path, tmp_path / "missing.txt")
    assert status == 1
    assert out[0] == "== 遵义.txt" and "    一、深入学习宣传贯彻" in out
    assert not any(line.startswith("{") for line in out)
    assert len(err) == 1 and "does not exist" in err[0]
