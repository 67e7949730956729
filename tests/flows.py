"""Scripted onboarding answers, shared by the engine, console and Telegram tests."""

from __future__ import annotations

from dataclasses import dataclass

# The language question's buttons, in the order people see them (sv, fi, en first).
LANGUAGE_BUTTONS = [
    f"lang:{code}" for code in ("sv", "fi", "en", "ar", "fa", "uk", "ru", "so", "ti")
]

# (step, kind, value): kind "button" presses a button id, "text" writes a message.
Action = tuple[str, str, str]


@dataclass(frozen=True)
class Script:
    """A complete onboarding for one locale and role, and the profile it must produce."""

    locale: str
    role: str
    actions: tuple[Action, ...]
    expected: dict[str, object]


def onboarding_script(locale: str, role: str) -> Script:
    """Answers a real person in that locale and role might give, step by step."""
    name = {"sv": "Åsa", "fi": "Päivi", "en": "Alice"}[locale]
    occupation = {"sv": "sjuksköterska", "fi": "sairaanhoitaja", "en": "nurse"}[locale]
    place = {"sv": "Göteborg", "fi": "Tampere", "en": "Uppsala"}[locale]
    country = {"sv": "SE", "fi": "FI", "en": "SE"}[locale]
    actions: list[Action] = [
        ("language", "button", f"lang:{locale}"),
        ("role", "button", f"role:{role}"),
        ("consent", "button", "consent:yes"),
        ("name", "text", name),
        ("gender", "button", "gender:woman"),
        ("occupation", "text", occupation),
        ("occupation_choice", "button", "occ:1"),
        ("experience", "text", "7"),
        ("languages", "button", f"ml:{'fi' if locale == 'fi' else 'sv'}"),
        ("languages", "button", "ml:en"),
        ("languages", "button", "ml:done"),
        ("place", "text", place),
        ("online", "button", "online:no"),
    ]
    if role == "door_opener":
        actions.append(("capacity", "button", "cap:2"))
    else:
        actions.append(("intro", "text", "I have worked ten years in a hospital."))
    actions.append(("summary", "button", "summary:confirm"))
    expected: dict[str, object] = {
        "locale": locale,
        "role": role,
        "status": "active",
        "first_name": name,
        "gender": "woman",
        "occupation_isco": "2221",
        "years_experience": 7,
        "meeting_languages": ["fi" if locale == "fi" else "sv", "en"],
        "municipality": place,
        "country": country,
        "timezone": "Europe/Helsinki" if country == "FI" else "Europe/Stockholm",
        "digital_ok": False,
        "monthly_capacity": 2 if role == "door_opener" else None,
        "intro": None if role == "door_opener" else "I have worked ten years in a hospital.",
    }
    return Script(locale, role, tuple(actions), expected)
