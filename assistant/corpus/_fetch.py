"""Download the Code of Practice from gov.uk and keep it only if its sha256 is the pinned one."""

import hashlib
import os
import tempfile
import urllib.error
import urllib.request
from pathlib import Path
from typing import BinaryIO

from ..errors import AssistError, BadInput
from ._pdf_lines import Progress

CODE_URL = (
    "https://assets.publishing.service.gov.uk/government/uploads/system/uploads/"
    "attachment_data/file/398815/SEND_Code_of_Practice_January_2015.pdf"
)
CODE_SHA256 = "d37a282a4a8354280dd05567410b3c874ccb5aa2f29d037f70d366c9dc8d2b44"
CODE_FILENAME = "SEND_Code_of_Practice_January_2015.pdf"
_BLOCK = 1 << 16


def verify_code_pdf(data: bytes) -> None:
    """BadInput unless data is byte for byte the January 2015 Code that the project pins."""
    digest = hashlib.sha256(data).hexdigest()
    if digest != CODE_SHA256:
        raise BadInput(
            f"This file's sha256 {digest} does not match the pinned Code of Practice "
            f"({CODE_SHA256}); download the January 2015 PDF from gov.uk."
        )


def fetch_code(dest: Path, url: str = CODE_URL, progress: Progress | None = None) -> Path:
    """Download the Code to dest; nothing unverified is kept.

    dest is the file to write when it ends in .pdf, else the folder to put the Code in.
    """
    is_folder = dest.is_dir() or dest.suffix.lower() != ".pdf"
    target = dest / CODE_FILENAME if is_folder else dest
    if target.is_file() and _sha256_of(target) == CODE_SHA256:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".code-", suffix=".part", dir=target.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as out:
            digest = _download(url, out, progress)
        if digest != CODE_SHA256:
            raise BadInput(
                f"The downloaded file's sha256 {digest} does not match the pinned {CODE_SHA256}; "
                "nothing was saved. Check the URL, or download the January 2015 Code yourself "
                "and add it with 'ehcp-assist corpus add PATH'."
            )
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    return target


def _download(url: str, out: BinaryIO, progress: Progress | None) -> str:
    digest = hashlib.sha256()
    try:
        with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 (https or local test)
            total = int(response.headers.get("Content-Length") or 0)
            done = 0
            while block := response.read(_BLOCK):
                out.write(block)
                digest.update(block)
                done += len(block)
                if progress is not None:
                    progress(done, total)
    except urllib.error.HTTPError as err:
        raise AssistError(
            f"Downloading the Code from {url} failed with HTTP {err.code}; nothing was saved. "
            "Download the PDF yourself and add it with 'ehcp-assist corpus add PATH'."
        ) from err
    except (urllib.error.URLError, OSError, ValueError) as err:
        reason = getattr(err, "reason", err)
        raise AssistError(
            f"Could not download the Code from {url} ({reason}); nothing was saved. Check the "
            "connection, or download the PDF yourself and add it with 'ehcp-assist corpus add PATH'."
        ) from err
    return digest.hexdigest()


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        while block := source.read(_BLOCK):
            digest.update(block)
    return digest.hexdigest()
