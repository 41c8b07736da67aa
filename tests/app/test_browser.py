"""A clinician's session in real chromium: chat to a draft, answer a gap, check a plan, search.

Screenshots of each tab go to screenshots/ (git-ignored) for a person to look at. Search runs
first: it waits for the first-run index, so the chat's draft has citations in its side panel.
"""

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from .conftest import CHROMIUM_ARGS, POOR_PLAN, SAM_NOTES, SCREENSHOTS, Server

DRAFT_TIMEOUT_MS = 120_000
INDEX_TIMEOUT_MS = 400_000
SCROLL_TO_TOP = """element => {
  let box = element.parentElement;
  while (box && !(box.scrollHeight > box.clientHeight + 4
                  && getComputedStyle(box).overflowY !== 'visible')) box = box.parentElement;
  if (!box) return true;
  const off = element.getBoundingClientRect().top - box.getBoundingClientRect().top - 40;
  if (Math.abs(off) < 5) { window.__atTop = (window.__atTop || 0) + 1; }
  else { window.__atTop = 0; box.scrollTop += off; }
  return window.__atTop > 8;  // stayed put: the chat's own autoscroll has finished
}"""  # first run indexes corpus/ (~40 s alone on two busy cores)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    executable = shutil.which("chromium") or "/usr/bin/chromium"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, headless=True,
                                              args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser, server: Server) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    opened = context.new_page()
    requested: list[str] = []
    opened.on("request", lambda request: requested.append(request.url))
    opened.goto(server.url)
    yield opened
    outside = [url for url in requested
               if not url.startswith((server.url.rstrip("/"), "data:", "blob:"))]
    context.close()
    assert not outside, f"the page asked for something off this computer: {outside[:3]}"


def _shot(page: Page, name: str) -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / name
    page.screenshot(path=str(path), full_page=True)
    return path


def test_section_e_and_search_tabs(page: Page) -> None:
    page.get_by_role("tab", name="Section E").click()
    page.get_by_label("Child's name").fill("Ava Lindqvist")
    page.get_by_label("Year group").first.fill("Year 2")
    page.get_by_label("Outcomes sought (one per line)").fill("I want to read books about dinosaurs")
    page.get_by_label("Advice 1: professional role").fill("educational psychologist")
    page.get_by_label("Advice 1: text").fill(
        "Ava reads at a Year 1 level. A teaching assistant will run a phonics programme 3 times a "
        "week for 20 minutes.")
    page.get_by_role("button", name="Draft Section E").click()
    expect(page.locator("#section-e-output")).to_contain_text("Ava will",
                                                              timeout=DRAFT_TIMEOUT_MS)
    expect(page.locator("#section-e-output")).not_to_contain_text("Age 0")  # blank is unknown
    _shot(page, "section-e.png")
    page.get_by_role("tab", name="Search the Code").click()
    page.locator("#search-query textarea").fill("what makes an outcome SMART")
    page.get_by_role("button", name="Search").click()
    hits = page.locator("#search-hits")
    expect(hits).to_contain_text("Writing SMART outcomes", timeout=INDEX_TIMEOUT_MS)
    expect(hits).to_contain_text("not in the store yet")  # no Code added in this test
    _shot(page, "search.png")


def test_chat_drafts_answers_a_gap_and_offers_downloads(page: Page) -> None:
    expect(page.get_by_text("runs on this computer")).to_be_visible()
    expect(page.locator("#engine")).to_contain_text("offline")
    page.locator("#chat-input textarea").fill(SAM_NOTES)
    page.locator("#chat-send").click()
    bot = page.locator("[data-testid='bot']").last
    expect(bot.get_by_text("Questions for you")).to_be_visible(timeout=DRAFT_TIMEOUT_MS)
    expect(bot).to_contain_text(re.compile(r"By the end of [^,]+, Sam will"))
    expect(bot).to_contain_text("How often will it happen")
    expect(bot).to_contain_text("reply Frequency for P1")
    files = page.locator("#chat-files")
    expect(files).to_contain_text(".docx")
    expect(files).to_contain_text(".md")
    page.locator("#chat-input textarea").fill("Frequency for P1: twice a week")
    page.locator("#chat-send").click()
    expect(page.locator("[data-testid='bot']")).to_have_count(2, timeout=DRAFT_TIMEOUT_MS)
    latest = page.locator("[data-testid='bot']").last
    expect(latest).to_contain_text("teaching assistant twice a week")  # the gap, filled
    expect(latest).not_to_contain_text("reply Frequency for P1")
    # show the draft's table, not the end of the reply
    page.wait_for_function(SCROLL_TO_TOP, arg=latest.element_handle(), polling=50)
    _shot(page, "chat.png")


def test_check_tab_flags_vague_provision_with_its_fix(page: Page, tmp_path: Path) -> None:
    plan = tmp_path / "plan.md"
    plan.write_text(POOR_PLAN, encoding="utf-8")
    page.get_by_role("tab", name="Check a plan").click()
    page.locator("#check-upload input[type='file']").set_input_files(str(plan))
    page.locator("#check-go").click()
    row = page.locator("tr.ehcp-fail", has_text="as required")
    expect(row).to_be_visible(timeout=DRAFT_TIMEOUT_MS)
    expect(row).to_contain_text("PRV003")
    expect(row).to_contain_text("Fix:")
    expect(page.locator("tr.ehcp-pass").first).to_be_visible()
    _shot(page, "check.png")


def test_script_in_pasted_text_is_shown_not_run(page: Page) -> None:
    alerts: list[str] = []
    page.on("dialog", lambda dialog: (alerts.append(dialog.message), dialog.dismiss()))
    page.get_by_role("tab", name="Check a plan").click()
    page.locator("#check-text textarea").fill(
        "<script>alert('x')</script><img src=x onerror=alert('y')> will have therapy as required.")
    page.locator("#check-go").click()
    expect(page.locator("#check-table")).to_contain_text("<script>alert('x')</script>",
                                                         timeout=DRAFT_TIMEOUT_MS)
    assert alerts == []
