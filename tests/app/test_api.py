"""The app's API (/chat, /section_e, /check) driven by gradio_client against the real server."""

import json
import os
import re
import socket
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from gradio_client import Client, handle_file

from .conftest import POOR_PLAN, SAM_NOTES, Server, start_server, stop_server

NAMES = ["Amara", "Bilal", "Chloe", "Dmitri", "Esme", "Farid", "Grace", "Hamza", "Isla", "Jonah"]


def _client(server: Server) -> Client:
    return Client(server.url, verbose=False)


def reply_of(result: Any) -> str:
    """The last assistant message of the chat output, as text."""
    content = result[0][-1]["content"]
    if isinstance(content, list):
        return "\n".join(part.get("text", "") for part in content if isinstance(part, dict))
    return str(content)


def notes_for(name: str, interest: str) -> str:
    return (f"Name: {name}\nAge: 9\nYear group: Year 4\nOutcomes sought:\n- I want to {interest} "
            f"with my friends\nAspirations:\n- {name} wants to be a teacher\nNotes:\n{name} has a "
            "language disorder and finds it hard to take turns in conversation.\n"
            "Recommendations:\n- A language group run by a teaching assistant.\n")


def test_chat_drafts_then_fills_a_gap_from_the_answer(server: Server) -> None:
    client = _client(server)
    first = client.predict(SAM_NOTES, api_name="/chat")
    text = reply_of(first)
    assert re.search(r"By .+?, Sam will", text)
    assert "Questions for you" in text and "reply `Frequency for P1" in text
    files = first[3]
    assert sorted(Path(f).suffix for f in files) == [".docx", ".md"]
    markdown = Path(next(f for f in files if f.endswith(".md"))).read_text(encoding="utf-8")
    assert "Sam" in markdown and "[how often? ask the author]" in markdown
    second = client.predict("Frequency for P1: twice a week", api_name="/chat")
    text = reply_of(second)
    assert "twice a week" in text
    assert "reply `Frequency for P1" not in text  # that question is answered
    updated = Path(next(f for f in second[3] if f.endswith(".md"))).read_text(encoding="utf-8")
    assert "twice a week" in updated
    cleared = client.predict("new case", api_name="/chat")
    assert cleared[3] is None  # the last child's files are no longer offered
    assert "Okafor" not in reply_of(cleared) and "Okafor" not in cleared[2]


def test_ten_parallel_sessions_never_see_each_others_child(server: Server) -> None:
    interests = ["play tag", "read comics", "build lego", "draw horses", "bake cakes",
                 "play chess", "sing songs", "ride bikes", "plant seeds", "tell jokes"]

    def session(index: int) -> tuple[str, str]:
        client = _client(server)
        first = reply_of(client.predict(notes_for(NAMES[index], interests[index]),
                                        api_name="/chat"))
        second = reply_of(client.predict(f"Frequency for P1: {index + 2} times a week",
                                         api_name="/chat"))
        return first, second

    with ThreadPoolExecutor(max_workers=10) as pool:
        results = list(pool.map(session, range(10)))
    for index, (first, second) in enumerate(results):
        own, others = NAMES[index], [n for n in NAMES if n != NAMES[index]]
        for text in (first, second):
            assert f"Draft advice for {own}" in text
            assert interests[index] in text
            assert not [n for n in others if n in text], f"{own}'s reply names another child"
        assert f"{index + 2} times a week" in second


def test_section_e_merges_advice_into_outcomes_with_downloads(server: Server) -> None:
    client = _client(server)
    shown, source, files = client.predict(
        "Ava Lindqvist", 7, "Year 2", "2026-11-02",
        "I want to read books about dinosaurs", "Ava wants to be a scientist",
        "educational psychologist",
        "Ava reads at a Year 1 level. A teaching assistant will run a phonics programme 3 times "
        "a week for 20 minutes.",
        "", "", "", "", "", "", api_name="/section_e")
    assert "Section E" in source and "Ava will" in source
    assert "educational psychologist" in source
    assert sorted(Path(f).suffix for f in files) == [".docx", ".md"]


def test_section_e_without_advice_says_what_to_add(server: Server) -> None:
    shown, source, files = _client(server).predict(
        "Ava", 7, "", "", "I want to read", "", "", "", "", "", "", "", "", "",
        api_name="/section_e")
    assert "at least one professional's advice" in shown
    assert files is None and "Traceback" not in shown


def test_check_flags_vague_provision_in_an_uploaded_plan(server: Server, tmp_path: Path) -> None:
    plan = tmp_path / "plan.md"
    plan.write_text(POOR_PLAN, encoding="utf-8")
    headline, table, report = _client(server).predict(
        "", "auto", handle_file(str(plan)), "", None, "", api_name="/check")
    vague = next(s for s in report["statements"] if "as required" in s["text"])
    assert vague["kind"] == "provision" and not vague["verdicts"]["no_vague_terms"]
    assert "PRV003" in table and "Fix:" in table and "ehcp-fail" in table
    assert "ehcp-pass" in table  # the quantified group passes
    assert "fail" in headline


def test_check_reads_an_uploaded_word_plan(server: Server, tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Name: Sam Okafor")
    document.add_heading("Section E: Outcomes", level=2)
    document.add_paragraph("By July 2027, Sam will join a game at break time by asking to play, "
                           "on 3 days a week.", style="List Bullet")
    document.add_heading("Section F: Special educational provision", level=2)
    document.add_paragraph("Sam will have access to speech therapy as required.",
                           style="List Bullet")
    path = tmp_path / "plan.docx"
    document.save(str(path))
    headline, table, report = _client(server).predict(
        "", "auto", handle_file(str(path)), "", "", "", api_name="/check")
    assert "plan.docx" in headline
    kinds = {s["kind"]: s for s in report["statements"]}
    assert set(kinds) == {"outcome", "provision"}
    assert not kinds["provision"]["verdicts"]["no_vague_terms"]
    assert "PRV003" in table


def test_check_reads_uploaded_jsonl_statements(server: Server, tmp_path: Path) -> None:
    lines = [{"id": "o1", "kind": "outcome", "text": "Sam will improve his communication."},
             {"id": "p1", "kind": "provision", "text": "Sam will have access to speech therapy "
              "as required."}]
    path = tmp_path / "statements.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    headline, table, report = _client(server).predict(
        "", "auto", handle_file(str(path)), "Sam", 8, "Year 3", api_name="/check")
    assert [s["id"] for s in report["statements"]] == ["o1", "p1"]
    assert not any(all(s["verdicts"].values()) for s in report["statements"])


@pytest.mark.parametrize("name, data, words", [
    ("plan.docx", bytes(range(256)) * 40, "not a Word document"),
    ("plan.md", b"\xff\xfe\x00\x01binary\x00" * 100, "UTF"),
    ("plan.md", b"", "empty"),
])
def test_unusable_uploads_get_a_sentence_not_a_traceback(server: Server, tmp_path: Path,
                                                         name: str, data: bytes,
                                                         words: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    headline, table, report = _client(server).predict(
        "", "auto", handle_file(str(path)), "", None, "", api_name="/check")
    assert words in headline and "Traceback" not in headline
    assert table == "" and report is None


def test_bad_chat_messages_are_answered_in_the_page(server: Server) -> None:
    client = _client(server)
    empty = reply_of(client.predict("", api_name="/chat"))
    assert "message is empty" in empty
    huge = reply_of(client.predict("a" * 1_000_000, api_name="/chat"))
    assert "more than" in huge and "characters" in huge
    script = "<script>alert('x')</script>"
    result = client.predict(SAM_NOTES.replace("Notes:", f"Notes:\n{script}"), api_name="/chat")
    user_message = result[0][-2]["content"]
    shown = json.dumps(user_message)
    assert "<script>" not in shown and "&lt;script&gt;" in shown
    assert "<script>" not in reply_of(result)


def test_draft_files_are_removed_when_the_app_stops(tmp_path: Path) -> None:
    """Drafts name a child: the files offered for download do not outlive the app."""
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    own = start_server(tmp_path / "home", tmpdir=scratch)  # not the module's store: one writer
    try:
        result = Client(own.url, verbose=False).predict(SAM_NOTES, api_name="/chat")
        assert "Draft advice for Sam" in reply_of(result)
        assert list(scratch.rglob("draft-advice-sam-okafor.docx"))  # written while it runs
    finally:
        stop_server(own)
    assert own.process.returncode == 0
    assert not [p for p in scratch.rglob("*") if "sam" in p.name.lower()]


def test_a_taken_port_is_one_sentence_and_exit_1(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        exe = Path(sys.executable).parent / "ehcp-assist"
        result = subprocess.run([str(exe), "serve", "--port", str(port)], capture_output=True,
                                text=True, timeout=120, env={**os.environ,
                                                             "EHCP_ASSIST_HOME": str(tmp_path)})
    assert result.returncode == 1
    assert f"Cannot listen on 127.0.0.1:{port}: the port is in use" in result.stderr
    assert "Traceback" not in result.stderr
