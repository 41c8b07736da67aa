"""Shared output helpers: stable JSON on stdout, writing files the user asked for."""

import json
import sys
from pathlib import Path

from pydantic import BaseModel

from ..errors import BadInput


def echo_json(model: BaseModel | dict[str, object]) -> None:
    """Stable JSON on stdout: the contract other tools read."""
    data = model.model_dump(mode="json") if isinstance(model, BaseModel) else model
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def write_output(path: Path, payload: bytes) -> None:
    """Write a file the user named; a folder that cannot be written is their error to fix."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(payload)
    except OSError as err:
        raise BadInput(f"Cannot write {path}: {err.strerror}; choose another --out path.") from err
