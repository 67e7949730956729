"""Typed configuration, read once from the environment and `.env`; nothing else reads them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# The UI languages (dialogs.languages.UI_LOCALES; a test keeps the two lists equal).
SUPPORTED_LOCALES = ("sv", "fi", "en", "ar", "fa", "uk", "ru", "so", "ti")
_COORDINATOR = re.compile(r"^(console|telegram|whatsapp):[\w.@+-]+$")


class ConfigError(Exception):
    """A setting is missing or malformed; the message is one line naming it."""


@dataclass(frozen=True)
class Address:
    """A person's address on one channel, e.g. console:carol or telegram:12345."""

    channel: str
    external_id: str

    def __str__(self) -> str:
        return f"{self.channel}:{self.external_id}"


class Settings(BaseSettings):
    """Every setting Doorway reads, all `DOORWAY_*` except the Procfile convention `PORT`."""

    model_config = SettingsConfigDict(
        env_prefix="DOORWAY_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        populate_by_name=True,
    )

    database_url: str = "sqlite+aiosqlite:///doorway.db"
    telegram_token: SecretStr | None = None
    telegram_bot_username: str | None = None  # for invite deep links t.me/<bot>?start=<code>
    telegram_api_base: str = "https://api.telegram.org"
    webhook_secret: SecretStr | None = None
    webhook_url: str | None = None  # public https root: `serve` then registers Telegram's webhook
    # Telegram's limits: about 30 messages a second overall, about one a second in a chat.
    telegram_overall_per_second: float = Field(default=30.0, gt=0)
    telegram_per_chat_per_second: float = Field(default=1.0, gt=0)
    telegram_per_chat_burst: int = Field(default=3, ge=1)
    whatsapp_token: SecretStr | None = None
    whatsapp_phone_number_id: str | None = None
    whatsapp_app_secret: SecretStr | None = None
    whatsapp_verify_token: SecretStr | None = None
    whatsapp_api_base: str = "https://graph.facebook.com/v21.0"
    # Approved templates for messages outside the 24-hour window; the person's reply reopens it.
    whatsapp_template_reminder: str = "doorway_reminder"
    whatsapp_template_survey: str = "doorway_survey"
    whatsapp_template_update: str = "doorway_update"
    whatsapp_overall_per_second: float = Field(default=20.0, gt=0)
    coordinators: str = ""
    default_locale: str = "en"
    timezone: str = "Europe/Stockholm"
    port: int = Field(default=8080, validation_alias=AliasChoices("PORT", "DOORWAY_PORT"))
    worker_poll_seconds: float = 5.0
    # How long a dead process's work stays its own: its sending lease, its claimed updates.
    send_lease_seconds: float = Field(default=15.0, ge=1)
    claim_timeout_seconds: float = Field(default=60.0, ge=1)
    # A worker handles a stored update once it has waited this long; until then it is left to
    # the web process that stored it (bot/inbox.py, "patience").
    worker_inbox_patience_seconds: float = Field(default=2.0, ge=0)
    # A job a dead worker claimed is run by another after this long: longer than any job takes.
    job_claim_timeout_seconds: float = Field(default=600.0, ge=1)
    flood_max_per_minute: int = Field(default=60, ge=1)  # a person's updates acted on per minute
    recognition_file: Path | None = None  # overrides the packaged regulated-occupations file
    # Quiet this long (no message, no meeting): asked whether to stay, erased 30 days later.
    retention_days: int = Field(default=730, ge=30)

    @field_validator("database_url")
    @classmethod
    def _known_driver(cls, value: str) -> str:
        if not value.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError("must start with sqlite+aiosqlite:// or postgresql+asyncpg://")
        return value

    @field_validator("default_locale")
    @classmethod
    def _supported_locale(cls, value: str) -> str:
        if value not in SUPPORTED_LOCALES:
            raise ValueError(f"must be one of {', '.join(SUPPORTED_LOCALES)}")
        return value

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("must be an IANA time zone such as Europe/Stockholm") from None
        return value

    @field_validator("coordinators")
    @classmethod
    def _coordinator_list(cls, value: str) -> str:
        for item in filter(None, (part.strip() for part in value.split(","))):
            if not _COORDINATOR.match(item):
                raise ValueError(f"{item!r} is not channel:id (e.g. console:carol,telegram:12345)")
        return value

    @field_validator("recognition_file")
    @classmethod
    def _existing_file(cls, value: Path | None) -> Path | None:
        if value is not None and not value.is_file():
            raise ValueError(f"{value} is not a file")
        return value

    @field_validator("telegram_api_base", "whatsapp_api_base")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must be an http(s) URL")
        return value.rstrip("/")

    @cached_property
    def coordinator_addresses(self) -> frozenset[Address]:
        """The coordinators' channel addresses, checked by the channel's own user id."""
        items = filter(None, (part.strip() for part in self.coordinators.split(",")))
        return frozenset(Address(*item.split(":", 1)) for item in items)

    @property
    def whatsapp_configured(self) -> bool:
        """True when the WhatsApp token is set (the other WhatsApp settings are then required)."""
        return self.whatsapp_token is not None and bool(self.whatsapp_token.get_secret_value())

    def require_whatsapp(self) -> tuple[str, str, str, str]:
        """Token, phone number id, app secret and verify token, or a ConfigError naming one."""
        values = {
            "DOORWAY_WHATSAPP_TOKEN": self.whatsapp_token,
            "DOORWAY_WHATSAPP_PHONE_NUMBER_ID": self.whatsapp_phone_number_id,
            "DOORWAY_WHATSAPP_APP_SECRET": self.whatsapp_app_secret,
            "DOORWAY_WHATSAPP_VERIFY_TOKEN": self.whatsapp_verify_token,
        }
        found: list[str] = []
        for name, value in values.items():
            text = value.get_secret_value() if isinstance(value, SecretStr) else value
            if not text:
                raise ConfigError(f"{name} is missing: WhatsApp needs it")
            found.append(text)
        return found[0], found[1], found[2], found[3]

    def require_telegram(self) -> tuple[str, str]:
        """The bot token and API base, or a ConfigError naming the missing setting."""
        if self.telegram_token is None or not self.telegram_token.get_secret_value():
            raise ConfigError("DOORWAY_TELEGRAM_TOKEN is missing: set it to the bot's token")
        return self.telegram_token.get_secret_value(), self.telegram_api_base


def load_settings(**overrides: object) -> Settings:
    """Read the settings once; a bad value becomes a one-line ConfigError naming the variable."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as error:
        first = error.errors()[0]
        field = str(first["loc"][0]) if first["loc"] else "?"
        name = "PORT" if field == "port" else f"DOORWAY_{field.upper()}"
        raise ConfigError(f"{name} is invalid: {first['msg']}") from None
