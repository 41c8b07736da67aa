"""One Settings object, built at the edge (CLI command, app start-up) and passed down."""

from pathlib import Path
from typing import Literal

import platformdirs
from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_home() -> Path:
    return Path(platformdirs.user_data_dir("ehcp-assist"))


class Settings(BaseSettings):
    """Environment variables prefixed EHCP_ASSIST_; a CLI flag of the same name wins."""

    model_config = SettingsConfigDict(env_prefix="EHCP_ASSIST_", extra="ignore", frozen=True)

    home: Path = Field(default_factory=_default_home)
    """Data directory: Chroma store, history database, caches."""
    engine: Literal["offline", "llm"] = "offline"
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: SecretStr | None = Field(
        None, validation_alias=AliasChoices("EHCP_ASSIST_LLM_API_KEY", "OPENAI_API_KEY")
    )
    llm_timeout_s: float = 60.0
    chroma_url: str | None = None
    """http://host:port of a Chroma server; unset means the embedded store under home."""
    embedder: str = "minilm-int8"
    """Registered embedder id; the store records it and refuses vectors of another."""


def build_settings(**overrides: object) -> Settings:
    """Settings from the environment, with the non-None overrides (CLI flags) on top."""
    return Settings(**{k: v for k, v in overrides.items() if v is not None})  # type: ignore[arg-type]


__all__ = ["Settings", "build_settings"]
