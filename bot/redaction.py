"""Secrets (bot tokens, app secrets) never reach a log line, whoever logs it."""

from __future__ import annotations

import logging

_SECRETS: set[str] = set()


class SecretFilter(logging.Filter):
    """Replaces every registered secret in a record's final message with <redacted>."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not _SECRETS:
            return True
        message = record.getMessage()
        cleaned = redact(message)
        if record.exc_info and record.exc_info[1] is not None:
            # The traceback is formatted later from exc_info; keep the cleaned text instead.
            cleaned = redact(logging.Formatter().formatException(record.exc_info))
            cleaned = f"{redact(message)}\n{cleaned}"
            record.exc_info = None
            record.exc_text = None
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


_FILTER = SecretFilter()


def redact(text: str) -> str:
    """The text with every registered secret replaced."""
    for secret in _SECRETS:
        text = text.replace(secret, "<redacted>")
    return text


def redact_secret(secret: str) -> None:
    """Register a secret and make sure every handler of the root logger filters it out."""
    if len(secret) >= 8:  # a short value would blank out ordinary words
        _SECRETS.add(secret)
    install()


def install() -> None:
    """Attach the filter to the root logger's handlers (call again after adding handlers)."""
    for handler in logging.getLogger().handlers:
        if _FILTER not in handler.filters:
            handler.addFilter(_FILTER)
