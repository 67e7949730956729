"""The onboarding flow as one table of steps (diagram: onboarding.mmd beside this file)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from doorway.dialogs.language_guess import suggest_locales
from doorway.dialogs.languages import MEETING_LANGUAGES, UI_LOCALES, parse_languages
from doorway.dialogs.places import COUNTRY_TIMEZONES, country_of
from doorway.dialogs.profile_view import GENDER_TOKENS, edit_choices, profile_lines
from doorway.dialogs.steps import (
    FORGET,
    STAY,
    Answer,
    Choice,
    Context,
    Invalid,
    Say,
    Step,
    Term,
    require_text,
)
from doorway.matching.occupations import OccupationCandidate, SectorOption
from doorway.storage.records import Role, Status

CONSENT_VERSION = "2026-11-v1"
MAX_NAME = 50
MAX_GENDER = 40
MAX_PLACE = 60
MAX_INTRO = 500
MAX_YEARS = 60
MAX_CAPACITY = 10
SUGGESTIONS = 4

_NUMBER = re.compile(r"\d+")
_HAS_LETTER = re.compile(r"[^\W\d_]")


def _is_participant(ctx: Context) -> bool:
    return ctx.person.role in (Role.NEWCOMER, Role.DOOR_OPENER)


# -- language ---------------------------------------------------------------------------------


def ask_language(_ctx: Context) -> list[Say]:
    choices = tuple(Choice(f"lang:{code}", f"language-name-{code}") for code in UI_LOCALES)
    return [Say("onboarding-ask-language", choices=choices)]


def take_language(ctx: Context, answer: Answer) -> str | None:
    code = (answer.button or "").removeprefix("lang:")
    if code not in UI_LOCALES:
        raise Invalid("error-use-buttons")
    ctx.person.locale = code
    ctx.data.pop(SUGGESTION, None)  # they chose for themselves: a pending guess is moot
    return None


# -- suggesting a language from what the person writes ---------------------------------------
# The first text clearly written in another script than the UI language's (Arabic script in
# an English UI, say) adds a question after the next one: switch to that language, or keep
# this one. At most once per person; the buttons work at whichever step the person is.

SUGGESTED = "language_suggested"  # conversation data: a suggestion was made, never again
SUGGESTION = "language_suggestion"  # conversation data: codes to suggest with the next question
SUGGEST_PREFIX = "lang-suggest:"
SUGGEST_KEEP = f"{SUGGEST_PREFIX}keep"


def note_language(ctx: Context, answer: Answer) -> None:
    """After a text answer in onboarding: remember a language to suggest, the first time only."""
    if (
        answer.text is None
        or ctx.data.get(SUGGESTED)
        or ctx.data.get("editing")  # /profile edits come after onboarding's chance
        or ctx.person.status != Status.ONBOARDING
    ):
        return
    codes = [code for code in suggest_locales(answer.text, ctx.person.locale) if code in UI_LOCALES]
    if codes:
        ctx.data[SUGGESTED] = True
        ctx.data[SUGGESTION] = codes


def ask_language_suggestion(ctx: Context) -> list[Say]:
    """The pending suggestion as a message with buttons (each language in its own name)."""
    codes = [code for code in ctx.data.pop(SUGGESTION, None) or () if code in UI_LOCALES]
    if not codes:
        return []
    switch = tuple(Choice(f"{SUGGEST_PREFIX}{code}", f"language-name-{code}") for code in codes)
    choices = (*switch, Choice(SUGGEST_KEEP, "button-language-keep"))
    if len(codes) == 1:
        return [Say("language-suggest", {"language": Term(f"language-{codes[0]}")}, choices)]
    first, second = (Term(f"language-{code}") for code in codes[:2])
    return [Say("language-suggest-either", {"first": first, "second": second}, choices)]


def take_language_suggestion(ctx: Context, answer: Answer) -> str | None:
    """A press on the suggestion: switch (or keep) and ask the current question again."""
    code = (answer.button or "").removeprefix(SUGGEST_PREFIX)
    if code in UI_LOCALES:
        ctx.person.locale = code
    return STAY


def _offering_suggestions(step: Step) -> Step:
    """The step, also taking the suggestion's buttons and adding a pending suggestion."""

    def ask(ctx: Context) -> list[Say]:
        # After the question, so that the question's buttons keep their numbers (1, 2, ...).
        return [*step.ask(ctx), *ask_language_suggestion(ctx)]

    def take(ctx: Context, answer: Answer) -> str | None:
        if (answer.button or "").startswith(SUGGEST_PREFIX):
            return take_language_suggestion(ctx, answer)
        ctx.data.pop(SUGGESTION, None)  # never carried over to a later turn
        outcome = step.take(ctx, answer)
        note_language(ctx, answer)
        return outcome

    return replace(step, ask=ask, take=take)


# -- role -------------------------------------------------------------------------------------


def ask_role(_ctx: Context) -> list[Say]:
    choices = (
        Choice("role:newcomer", "button-role-newcomer"),
        Choice("role:door_opener", "button-role-door-opener"),
    )
    return [Say("onboarding-ask-role", choices=choices)]


def take_role(ctx: Context, answer: Answer) -> str | None:
    role = (answer.button or "").removeprefix("role:")
    if role not in (Role.NEWCOMER, Role.DOOR_OPENER):
        raise Invalid("error-use-buttons")
    ctx.person.role = role
    return None


# -- consent ----------------------------------------------------------------------------------


def ask_consent(_ctx: Context) -> list[Say]:
    choices = (
        Choice("consent:yes", "button-consent-yes"),
        Choice("consent:no", "button-consent-no"),
    )
    return [Say("onboarding-ask-consent", choices=choices)]


def take_consent(ctx: Context, answer: Answer) -> str | None:
    if answer.button == "consent:no":
        return FORGET
    if answer.button != "consent:yes":
        raise Invalid("error-use-buttons")
    ctx.person.consent_at = ctx.now
    ctx.person.consent_version = CONSENT_VERSION
    return None


# -- name and gender --------------------------------------------------------------------------


def ask_name(_ctx: Context) -> list[Say]:
    return [Say("onboarding-ask-name")]


def take_name(ctx: Context, answer: Answer) -> str | None:
    name = " ".join(require_text(answer).split())
    if len(name) > MAX_NAME:
        raise Invalid("error-name-too-long", max=MAX_NAME)
    if not _HAS_LETTER.search(name):
        raise Invalid("error-name-letters")
    ctx.person.first_name = name
    return None


def ask_gender(_ctx: Context) -> list[Say]:
    choices = tuple(Choice(f"gender:{token}", f"gender-{token}") for token in GENDER_TOKENS)
    return [Say("onboarding-ask-gender", choices=(*choices, Choice("gender:skip", "button-skip")))]


def take_gender(ctx: Context, answer: Answer) -> str | None:
    if answer.button == "gender:skip":
        ctx.person.gender = None
    elif answer.button is not None:
        token = answer.button.removeprefix("gender:")
        if token not in GENDER_TOKENS:
            raise Invalid("error-use-buttons")
        ctx.person.gender = token
    else:
        text = " ".join(require_text(answer).split())
        if len(text) > MAX_GENDER:
            raise Invalid("error-gender-too-long", max=MAX_GENDER)
        ctx.person.gender = text
    return None


# -- occupation -------------------------------------------------------------------------------


def ask_occupation(ctx: Context) -> list[Say]:
    key = (
        "onboarding-ask-occupation-again"
        if ctx.data.get("retyping")
        else "onboarding-ask-occupation"
    )
    return [Say(key, {"role": ctx.person.role or ""})]


def take_occupation(ctx: Context, answer: Answer) -> str | None:
    text = " ".join(require_text(answer).split())
    # The raw text is kept whatever happens next: coordinators can map it later.
    ctx.person.occupation_raw = text
    result = ctx.suggester.normalise(text, ctx.person.locale, limit=SUGGESTIONS)
    candidates = result.candidates if result.confident else []
    if ctx.alias_uri:
        # A coordinator said what this text means: that occupation comes first.
        label = ctx.suggester.label(ctx.alias_uri, ctx.person.locale) or ctx.alias_uri
        isco = ctx.suggester.isco(ctx.alias_uri) or ""
        others = [c for c in candidates if c.uri != ctx.alias_uri]
        candidates = [OccupationCandidate(ctx.alias_uri, isco, label, 1.0), *others]
        candidates = candidates[:SUGGESTIONS]
    ctx.data.pop("retyping", None)
    if not candidates:
        # Say so honestly and let the person pick their field, or write it again.
        ctx.data.pop("suggestions", None)
        ctx.data["sector"] = {
            "parent": None,
            "codes": list(result.sectors),
            "reason": "sector" if result.sectors else "unknown",
        }
        return "occupation_sector"
    ctx.data.pop("sector", None)
    ctx.data["suggestions"] = [{"uri": c.uri, "isco": c.isco, "label": c.label} for c in candidates]
    return "occupation_choice"


def ask_occupation_choice(ctx: Context) -> list[Say]:
    suggestions = ctx.data.get("suggestions", [])
    choices = tuple(
        Choice(f"occ:{number}", label=item["label"])
        for number, item in enumerate(suggestions, start=1)
    )
    others = (
        Choice("occ:none", "button-occupation-none"),
        Choice("occ:sector", "button-occupation-sector"),
    )
    return [
        Say(
            "onboarding-choose-occupation",
            {"text": ctx.person.occupation_raw or ""},
            (*choices, *others),
        )
    ]


def take_occupation_choice(ctx: Context, answer: Answer) -> str | None:
    if answer.button == "occ:none":
        ctx.data["retyping"] = True
        return "occupation"
    if answer.button == "occ:sector":
        ctx.data.pop("suggestions", None)
        ctx.data["sector"] = {"parent": None, "codes": [], "reason": "browse"}
        return "occupation_sector"
    suggestions = ctx.data.get("suggestions", [])
    index = (answer.button or "").removeprefix("occ:")
    if not index.isdecimal() or not 1 <= int(index) <= len(suggestions):
        raise Invalid("error-use-buttons")
    chosen = suggestions[int(index) - 1]
    person = ctx.person
    person.occupation_uri, person.occupation_isco = chosen["uri"], chosen["isco"]
    person.occupation_label = chosen["label"]
    ctx.data.pop("suggestions", None)
    return None


def _sector_options(ctx: Context) -> list[SectorOption]:
    """The groups on offer: below the chosen group, else the typed sector's, else the majors."""
    state = ctx.data.get("sector") or {}
    locale = ctx.person.locale
    if state.get("parent") is None and state.get("codes"):
        titled = ((code, ctx.suggester.isco_title(code, locale)) for code in state["codes"])
        return [SectorOption(code, title) for code, title in titled if title]
    return ctx.suggester.sector_options(state.get("parent"), locale)


def ask_occupation_sector(ctx: Context) -> list[Say]:
    state = ctx.data.get("sector") or {}
    parent = state.get("parent")
    text = ctx.person.occupation_raw or ""
    if parent:
        title = ctx.suggester.isco_title(parent, ctx.person.locale) or parent
        key, args = "onboarding-sector-deeper", {"title": title}
    elif state.get("reason") == "sector" and state.get("codes"):
        key, args = "onboarding-occupation-is-sector", {"text": text}
    elif state.get("reason") == "unknown":
        key, args = "onboarding-occupation-unknown-pick", {"text": text}
    else:
        key, args = "onboarding-sector-pick", {}
    choices = tuple(Choice(f"sec:{o.code}", label=o.title) for o in _sector_options(ctx))
    back = (Choice("sec:up", "button-sector-up"),) if parent or state.get("codes") else ()
    return [Say(key, args, (*choices, *back, Choice("occ:none", "button-retype")))]


def _up(state: dict[str, Any]) -> dict[str, Any]:
    """One level up the tree; from a typed sector's own groups back to them, then to all."""
    parent, codes = state.get("parent"), state.get("codes") or []
    if parent is None:
        return {**state, "codes": []}
    return {**state, "parent": None if parent in codes else parent[:-1] or None}


def take_occupation_sector(ctx: Context, answer: Answer) -> str | None:
    if answer.text is not None:
        return take_occupation(ctx, answer)  # they wrote their occupation again
    state = dict(ctx.data.get("sector") or {})
    if answer.button == "occ:none":
        ctx.data.pop("sector", None)
        ctx.data["retyping"] = True
        return "occupation"
    if answer.button == "sec:up":
        ctx.data["sector"] = _up(state)
        return STAY
    code = (answer.button or "").removeprefix("sec:")
    option = next((o for o in _sector_options(ctx) if o.code == code), None)
    if option is None:
        raise Invalid("error-use-buttons")
    if not option.is_unit:
        ctx.data["sector"] = {**state, "parent": option.code}
        return STAY
    person = ctx.person
    # A field, not a single occupation: matching works on the ISCO unit.
    person.occupation_uri, person.occupation_isco = None, option.code
    person.occupation_label = option.title
    ctx.data.pop("sector", None)
    return None


# -- experience -------------------------------------------------------------------------------


def ask_experience(_ctx: Context) -> list[Say]:
    return [Say("onboarding-ask-experience")]


def take_experience(ctx: Context, answer: Answer) -> str | None:
    numbers = _NUMBER.findall(require_text(answer))
    if len(numbers) != 1:
        raise Invalid("error-experience-number")
    years = int(numbers[0])
    if years > MAX_YEARS:
        raise Invalid("error-experience-range", max=MAX_YEARS)
    ctx.person.years_experience = years
    return None


# -- meeting languages (toggle buttons or typed names) ----------------------------------------


def ask_languages(ctx: Context) -> list[Say]:
    chosen = set(ctx.data.get("languages", ctx.person.meeting_languages))
    choices = tuple(
        Choice(
            f"ml:{code}", "button-toggle", {"on": code in chosen, "name": Term(f"language-{code}")}
        )
        for code in MEETING_LANGUAGES
    )
    return [Say("onboarding-ask-languages", choices=(*choices, Choice("ml:done", "button-done")))]


def take_languages(ctx: Context, answer: Answer) -> str | None:
    chosen: list[str] = list(ctx.data.get("languages", ctx.person.meeting_languages))
    if answer.button == "ml:done":
        if not chosen:
            raise Invalid("error-languages-none")
        ctx.person.meeting_languages = [c for c in MEETING_LANGUAGES if c in chosen]
        ctx.data.pop("languages", None)
        return None
    if answer.button is not None:
        code = answer.button.removeprefix("ml:")
        if code not in MEETING_LANGUAGES:
            raise Invalid("error-use-buttons")
        ctx.data["languages"] = (
            [c for c in chosen if c != code] if code in chosen else [*chosen, code]
        )
        return STAY
    found, unknown = parse_languages(require_text(answer))
    if unknown:
        raise Invalid("error-languages-unknown", words=", ".join(unknown))
    ctx.person.meeting_languages = [c for c in MEETING_LANGUAGES if c in found]
    ctx.data.pop("languages", None)
    return None


# -- place: municipality or online, online too?, country --------------------------------------


def ask_place(_ctx: Context) -> list[Say]:
    return [Say("onboarding-ask-place", choices=(Choice("place:online", "button-place-online"),))]


def take_place(ctx: Context, answer: Answer) -> str | None:
    person = ctx.person
    if answer.button == "place:online":
        person.municipality, person.digital_ok = None, True
        return None
    place = " ".join(require_text(answer).split())
    if len(place) > MAX_PLACE or not _HAS_LETTER.search(place):
        raise Invalid("error-place")
    person.municipality = place[0].upper() + place[1:]
    person.digital_ok = None
    country = country_of(place)
    if country:
        person.country, person.timezone = country, COUNTRY_TIMEZONES[country]
    else:
        person.country = None
    return None


def ask_digital(_ctx: Context) -> list[Say]:
    choices = (Choice("online:yes", "button-yes"), Choice("online:no", "button-no"))
    return [Say("onboarding-ask-online", choices=choices)]


def take_digital(ctx: Context, answer: Answer) -> str | None:
    if answer.button not in ("online:yes", "online:no"):
        raise Invalid("error-use-buttons")
    ctx.person.digital_ok = answer.button == "online:yes"
    return None


def ask_country(_ctx: Context) -> list[Say]:
    choices = tuple(Choice(f"country:{code}", f"country-{code}") for code in COUNTRY_TIMEZONES)
    return [Say("onboarding-ask-country", choices=choices)]


def take_country(ctx: Context, answer: Answer) -> str | None:
    code = (answer.button or "").removeprefix("country:")
    if code not in COUNTRY_TIMEZONES:
        raise Invalid("error-use-buttons")
    ctx.person.country, ctx.person.timezone = code, COUNTRY_TIMEZONES[code]
    return None


# -- door-opener capacity / newcomer intro ----------------------------------------------------


def ask_capacity(_ctx: Context) -> list[Say]:
    choices = tuple(Choice(f"cap:{n}", "button-number", {"n": n}) for n in (1, 2, 3, 4))
    return [Say("onboarding-ask-capacity", choices=choices)]


def take_capacity(ctx: Context, answer: Answer) -> str | None:
    if answer.button is not None:
        value = answer.button.removeprefix("cap:")
    else:
        numbers = _NUMBER.findall(require_text(answer))
        value = numbers[0] if len(numbers) == 1 else ""
    if not value.isdecimal() or not 1 <= int(value) <= MAX_CAPACITY:
        raise Invalid("error-capacity", max=MAX_CAPACITY)
    ctx.person.monthly_capacity = int(value)
    return None


def ask_intro(_ctx: Context) -> list[Say]:
    return [Say("onboarding-ask-intro", choices=(Choice("intro:skip", "button-skip"),))]


def take_intro(ctx: Context, answer: Answer) -> str | None:
    if answer.button == "intro:skip":
        ctx.person.intro = None
        return None
    intro = require_text(answer).strip()
    if len(intro) > MAX_INTRO:
        raise Invalid("error-intro-too-long", max=MAX_INTRO)
    ctx.person.intro = intro
    return None


# -- summary ----------------------------------------------------------------------------------


def ask_summary(ctx: Context) -> list[Say]:
    choices = (*edit_choices(ctx.person), Choice("summary:confirm", "button-confirm"))
    return [Say("onboarding-summary", choices=choices, lines=profile_lines(ctx))]


def take_summary(_ctx: Context, answer: Answer) -> str | None:
    # Edit buttons are handled by the engine (they are shared with /profile).
    if answer.button != "summary:confirm":
        raise Invalid("error-use-buttons")
    return None


_STEPS: tuple[Step, ...] = (
    Step("language", "language", ask_language, take_language, buttons_only=True),
    Step(
        "role",
        "role",
        ask_role,
        take_role,
        applies=lambda ctx: not ctx.is_coordinator,
        buttons_only=True,
    ),
    Step("consent", "consent", ask_consent, take_consent, buttons_only=True),
    Step("name", "name", ask_name, take_name),
    Step("gender", "gender", ask_gender, take_gender, applies=_is_participant),
    Step("occupation", "occupation", ask_occupation, take_occupation, applies=_is_participant),
    Step(
        "occupation_choice",
        "occupation",
        ask_occupation_choice,
        take_occupation_choice,
        applies=lambda ctx: _is_participant(ctx) and "suggestions" in ctx.data,
        buttons_only=True,
    ),
    Step(
        "occupation_sector",
        "occupation",
        ask_occupation_sector,
        take_occupation_sector,
        applies=lambda ctx: _is_participant(ctx) and "sector" in ctx.data,
    ),
    Step("experience", "experience", ask_experience, take_experience, applies=_is_participant),
    Step("languages", "languages", ask_languages, take_languages, applies=_is_participant),
    Step("place", "place", ask_place, take_place, applies=_is_participant),
    Step(
        "online",
        "place",
        ask_digital,
        take_digital,
        applies=lambda ctx: _is_participant(ctx) and ctx.person.municipality is not None,
        buttons_only=True,
    ),
    Step(
        "country",
        "place",
        ask_country,
        take_country,
        applies=lambda ctx: _is_participant(ctx) and ctx.person.country is None,
        buttons_only=True,
    ),
    Step(
        "capacity",
        "capacity",
        ask_capacity,
        take_capacity,
        applies=lambda ctx: ctx.person.role == Role.DOOR_OPENER,
    ),
    Step(
        "intro",
        "intro",
        ask_intro,
        take_intro,
        applies=lambda ctx: ctx.person.role == Role.NEWCOMER,
    ),
    Step("summary", "summary", ask_summary, take_summary, buttons_only=True),
)
# Every step after the language question can carry a language suggestion (see above).
ONBOARDING: tuple[Step, ...] = (
    _STEPS[0],
    *(_offering_suggestions(step) for step in _STEPS[1:]),
)
STEPS = {step.name: step for step in ONBOARDING}
FIRST_STEP_OF_GROUP = {step.group: step.name for step in reversed(ONBOARDING)}


def next_step(ctx: Context, after: str) -> str | None:
    """The next step that applies to this person, or None when the flow is complete."""
    names = [step.name for step in ONBOARDING]
    for step in ONBOARDING[names.index(after) + 1 :]:
        if step.applies(ctx):
            return step.name
    return None
