"""All nine UI languages: the menu, right-to-left text, dates, plurals, language suggestions."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from babel import Locale
from babel.dates import get_day_names, get_month_names
from fluent.syntax import ast, parse, visitor

from doorway.bootstrap import App
from doorway.dialogs import meeting_times
from doorway.dialogs.bidi import FSI, PDI, RLM, anchor_rtl, strip_isolates
from doorway.dialogs.contract import InboundEvent
from doorway.dialogs.i18n import LOCALES_DIR, Translator
from doorway.dialogs.language_guess import dominant_script, guess_locales, suggest_locales
from doorway.dialogs.languages import MEETING_LANGUAGES, RTL_LOCALES, UI_LOCALES
from doorway.dialogs.local_dates import day_label, long_date, slot_label, time_label
from doorway.dialogs.rendering import render
from doorway.dialogs.steps import Choice, Say
from doorway.settings import SUPPORTED_LOCALES, ConfigError, Settings
from tests.harness import ChatHarness

translator = Translator()
OWN_NAMES = {
    "sv": "Svenska",
    "fi": "Suomi",
    "en": "English",
    "ar": "العربية",
    "fa": "فارسی (دری)",
    "uk": "Українська",
    "ru": "Русский",
    "so": "Soomaali",
    "ti": "ትግርኛ",
}
NEW_LOCALES = ("ar", "fa", "uk", "ru", "so", "ti")
NURSE = {"ar": "ممرضة", "fa": "پرستار", "uk": "медсестра", "ru": "медсестра", "so": "kalkaaliye"}
_ISOLATE_MARKS = re.compile("[\u2066-\u2069]")


# -- the menu ---------------------------------------------------------------------------------


def test_the_ui_languages_are_the_nine_in_menu_order() -> None:
    assert UI_LOCALES[:3] == ("sv", "fi", "en")
    assert set(UI_LOCALES) == set(OWN_NAMES) == set(translator.locales)
    assert SUPPORTED_LOCALES == UI_LOCALES
    assert set(MEETING_LANGUAGES) == set(UI_LOCALES)  # the same codes, a separate list


@pytest.mark.parametrize("locale", UI_LOCALES)
def test_every_language_is_named_in_itself_in_every_locale(locale: str) -> None:
    for code, name in OWN_NAMES.items():
        assert translator(locale, f"language-name-{code}") == name


@pytest.mark.parametrize("locale", UI_LOCALES)
def test_default_locale_setting_accepts_the_nine(locale: str) -> None:
    assert Settings(default_locale=locale, _env_file=None).default_locale == locale  # type: ignore[call-arg]


def test_default_locale_setting_rejects_others() -> None:
    with pytest.raises((ConfigError, ValueError)):
        Settings(default_locale="de", _env_file=None)  # type: ignore[call-arg]


async def test_start_offers_nine_languages_in_their_own_names(chat: ChatHarness) -> None:
    replies = await chat.send("ana", "/start")
    buttons = replies[-1].buttons
    assert [b.id for b in buttons] == [f"lang:{code}" for code in UI_LOCALES]
    assert [b.label for b in buttons] == [OWN_NAMES[code] for code in UI_LOCALES]


@pytest.mark.parametrize("locale", NEW_LOCALES)
async def test_choosing_a_new_language_speaks_it(chat: ChatHarness, app: App, locale: str) -> None:
    await chat.send("ana", "/start")
    replies = await chat.press("ana", f"lang:{locale}")
    assert (await chat.person("ana")).locale == locale  # type: ignore[union-attr]
    question = render(app.translator, locale, Say("onboarding-ask-role"))
    assert replies[-1].text == question.text


async def test_the_menu_is_the_same_under_slash_language(chat: ChatHarness, app: App) -> None:
    await chat.send("ana", "/start")
    await chat.press("ana", "lang:en")
    replies = await chat.send("ana", "/language")
    assert [b.id for b in replies[-1].buttons] == [f"lang:{code}" for code in UI_LOCALES]
    replies = await chat.press("ana", "lang:uk")
    assert (await chat.person("ana")).locale == "uk"  # type: ignore[union-attr]
    assert replies[-1].text == app.translator("uk", "onboarding-ask-role")


@pytest.mark.parametrize("hint", ["ar", "fa-AF", "uk-UA", "ti"])
async def test_a_channel_language_hint_picks_a_new_locale(
    chat: ChatHarness, app: App, hint: str
) -> None:
    await app.engine.handle(InboundEvent("console", "hana", None, text="/start", locale_hint=hint))
    replies = await chat.flush()
    locale = hint.split("-")[0]
    assert (await chat.person("hana")).locale == locale  # type: ignore[union-attr]
    assert replies[-1].text == render(app.translator, locale, Say("onboarding-ask-language")).text


@pytest.mark.parametrize("locale", ["ar", "fa", "uk", "ru", "so", "ti"])
async def test_whole_onboarding_in_a_new_language(chat: ChatHarness, locale: str) -> None:
    await chat.send("ana", "/start")
    for button in (f"lang:{locale}", "role:newcomer", "consent:yes"):
        await chat.press("ana", button)
    await chat.send("ana", "Ana")
    await chat.press("ana", "gender:woman")
    await chat.send("ana", NURSE.get(locale, "nurse"))
    await chat.press("ana", "occ:1")
    await chat.send("ana", "7")
    for button in ("ml:sv", "ml:done"):
        await chat.press("ana", button)
    await chat.send("ana", "Uppsala")
    await chat.press("ana", "online:yes")
    await chat.press("ana", "intro:skip")
    replies = await chat.press("ana", "summary:confirm")
    person = await chat.person("ana")
    assert person is not None and person.status == "active" and person.locale == locale
    assert person.occupation_isco == "2221"
    done = Say("onboarding-done", {"role": "newcomer"})
    assert replies[-1].text == render(translator, locale, done).text


# -- right-to-left text -----------------------------------------------------------------------


@pytest.mark.parametrize("locale", sorted(RTL_LOCALES))
def test_rtl_arguments_are_isolated(locale: str) -> None:
    text = translator(locale, "coordinator-status-set", name="Ali", status="paused")
    assert f"{FSI}Ali{PDI}" in text


@pytest.mark.parametrize("locale", ["sv", "fi", "en", "uk", "ru", "so", "ti"])
def test_ltr_locales_have_no_isolation_marks(locale: str) -> None:
    text = translator(locale, "coordinator-status-set", name="Ali", status="paused")
    assert not _ISOLATE_MARKS.search(text)


@pytest.mark.parametrize("locale", sorted(RTL_LOCALES))
def test_a_rtl_message_starting_with_a_latin_name_gets_a_rtl_mark(locale: str) -> None:
    say = Say("coordinator-status-set", {"name": "Ali", "status": "paused"})
    rendered = render(translator, locale, say)
    assert rendered.text.startswith(RLM + FSI + "Ali")


@pytest.mark.parametrize("locale", sorted(RTL_LOCALES))
def test_a_rtl_message_starting_in_arabic_script_is_left_alone(locale: str) -> None:
    rendered = render(translator, locale, Say("onboarding-ask-name"))
    assert rendered.text == translator(locale, "onboarding-ask-name")
    assert not rendered.text.startswith(RLM)


def test_lines_are_anchored_one_by_one() -> None:
    text = "الاسم: Ali\nAli الآن\nVilket språk vill du använda?\n/start للبدء\n14:00 يناير"
    assert anchor_rtl(text).split("\n") == [
        "الاسم: Ali",
        RLM + "Ali الآن",
        "Vilket språk vill du använda?",  # no Arabic letter: its own LTR line
        RLM + "/start للبدء",
        "14:00 يناير",  # the first strong letter is Arabic already
    ]
    # Isolated content is skipped by newer clients: the line is pinned for them too.
    assert anchor_rtl(f"{FSI}علي{PDI} Doorway") == f"{RLM}{FSI}علي{PDI} Doorway"


def test_the_language_question_keeps_each_language_on_its_own_line() -> None:
    for locale in RTL_LOCALES:
        lines = translator(locale, "onboarding-ask-language").split("\n")
        assert len(lines) >= 3 and "Vilket språk vill du använda?" in lines


@pytest.mark.parametrize("locale", sorted(RTL_LOCALES))
def test_rtl_button_labels_have_no_isolation_marks(locale: str) -> None:
    say = Say(
        "onboarding-ask-languages",
        choices=(Choice("ml:ar", "button-toggle", {"on": True, "name": "Ali"}),),
    )
    label = render(translator, locale, say).buttons[0].label
    assert (
        label
        == "✓ Ali"
        == strip_isolates(translator(locale, "button-toggle", on="yes", name="Ali"))
    )


# -- dates and times --------------------------------------------------------------------------

WHEN = datetime(2027, 1, 12, 13, 0, tzinfo=UTC)  # Tuesday 12 January, 14:00 in Stockholm
STOCKHOLM = ZoneInfo("Europe/Stockholm")


def _month_and_weekday(locale: str) -> tuple[str, set[str]]:
    month = get_month_names("wide", "format", locale=locale)[1]
    days = {
        get_day_names("wide", context, locale=locale)[1] for context in ("format", "stand-alone")
    }
    return month, days


@pytest.mark.parametrize("locale", UI_LOCALES)
def test_a_meeting_time_is_in_the_readers_language(locale: str) -> None:
    label = slot_label(WHEN, STOCKHOLM, locale)
    month, weekdays = _month_and_weekday(locale)
    assert month in label and any(day in label for day in weekdays), label
    assert "14" in label
    message = translator(
        locale, "meeting-confirmed", name="Ali", when=label, place="x", contact="y"
    )
    assert label in message and month in message


@pytest.mark.parametrize("locale", UI_LOCALES)
def test_a_date_in_a_sentence_is_in_the_readers_language(locale: str) -> None:
    when = long_date(WHEN, STOCKHOLM, locale)
    assert _month_and_weekday(locale)[0] in when and "2027" in when
    assert when in translator(locale, "pause-until-done", date=when)


@pytest.mark.parametrize("locale", UI_LOCALES)
def test_picker_labels_render_in_every_language(locale: str) -> None:
    assert day_label(date(2027, 1, 12), STOCKHOLM, locale)
    assert time_label(WHEN, STOCKHOLM, locale).startswith("14")


@pytest.mark.parametrize("locale", ["sv", "fi", "en"])
def test_labels_agree_with_meeting_times_for_its_languages(locale: str) -> None:
    now = datetime(2027, 1, 10, 6, 0, tzinfo=UTC)
    assert slot_label(WHEN, STOCKHOLM, locale) == meeting_times.format_slot(WHEN, STOCKHOLM, locale)
    days = meeting_times.slot_picker_days(now, STOCKHOLM, locale, days=3)
    assert [label for _id, label in days] == [
        day_label(date.fromisoformat(day_id.removeprefix("day:")), STOCKHOLM, locale)
        for day_id, _label in days
    ]


# -- plurals ----------------------------------------------------------------------------------

EXPERIENCE = {
    "ru": {1: "1 год", 2: "2 года", 5: "5 лет", 11: "11 лет", 21: "21 год"},
    "uk": {1: "1 рік", 2: "2 роки", 5: "5 років", 11: "11 років", 21: "21 рік"},
    "ar": {1: "سنة واحدة", 2: "سنتان", 5: "5 سنوات", 11: "11 سنة", 21: "21 سنة"},
}
MONTHS = {
    "ru": {1: "1 месяц", 2: "2 месяца", 5: "5 месяцев", 11: "11 месяцев", 21: "21 месяц"},
    "uk": {1: "1 місяць", 2: "2 місяці", 5: "5 місяців", 11: "11 місяців", 21: "21 місяць"},
    "ar": {1: "شهر واحد", 2: "شهرين", 5: "5 أشهر", 11: "11 شهرًا", 21: "21 شهرًا"},
}


@pytest.mark.parametrize("locale", sorted(EXPERIENCE))
@pytest.mark.parametrize("n", [1, 2, 5, 11, 21])
def test_counts_take_the_right_plural_form(locale: str, n: int) -> None:
    years = _ISOLATE_MARKS.sub("", translator(locale, "profile-line-experience", years=n))
    months = _ISOLATE_MARKS.sub("", translator(locale, "status-expected-wait", months=n))
    assert years.endswith(EXPERIENCE[locale][n]), years
    assert MONTHS[locale][n] in months, months


class _Selects(visitor.Visitor):
    """Every select expression's variant keys in a message."""

    def __init__(self) -> None:
        self.keys: list[set[str]] = []

    def visit_SelectExpression(self, node: ast.SelectExpression) -> None:
        self.keys.append(
            {
                k.key.name if isinstance(k.key, ast.Identifier) else k.key.value
                for k in node.variants
            }
        )
        self.generic_visit(node)


@pytest.mark.parametrize("locale", UI_LOCALES)
def test_plural_selectors_have_every_cldr_form_of_the_locale(locale: str) -> None:
    """A select on a number with [one] etc. must have all of the language's CLDR categories."""
    categories = set(Locale.parse(locale).plural_form.tags) | {"other"}
    plural_keys = {"zero", "one", "two", "few", "many"}
    problems = []
    for path in sorted((LOCALES_DIR / locale).glob("*.ftl")):
        for entry in parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(entry, ast.Message) or entry.value is None:
                continue
            selects = _Selects()
            selects.visit(entry.value)
            for keys in selects.keys:
                if not keys & plural_keys:
                    continue  # a select on a word ([paused], [door_opener]), not a number
                present = keys | ({"zero"} if "0" in keys else set())  # [0] is Arabic's zero
                if categories - present or (keys & plural_keys) - categories:
                    problems.append(f"{path.name}:{entry.id.name} {sorted(keys)}")
    assert problems == [], f"needs {sorted(categories)}"


# -- the language suggestion ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ممرضة", ("ar",)),  # teh marbuta: Arabic only
        ("علي", ("ar",)),
        ("پرستار", ("fa",)),
        ("مهندس کامپیوتر", ("fa",)),
        ("محمد", ("ar", "fa")),  # no telling letter
        ("Наталія", ("uk",)),
        ("Вы медсестра", ("ru",)),
        ("Олена", ("uk", "ru")),
        ("ሰላም ነርስ", ("ti",)),
        ("Alice", ()),
        ("kalkaaliye caafimaad", ()),  # Latin never leads to a suggestion
        ("7", ()),
        ("x", ()),
        ("Ali محمد Alice Bob", ()),  # mixed: not clearly in one script
    ],
)
def test_guess_locales(text: str, expected: tuple[str, ...]) -> None:
    assert guess_locales(text) == expected


def test_dominant_script_needs_a_clear_majority() -> None:
    assert dominant_script("Anna") == "latin"
    assert dominant_script("Анна Петрова, Anna") == "cyrillic"
    assert dominant_script("Ан An") is None
    assert dominant_script("12 34") is None


@pytest.mark.parametrize(
    ("text", "ui", "expected"),
    [
        ("محمد", "en", ("ar", "fa")),
        ("محمد", "ar", ()),
        ("محمد", "fa", ()),
        ("پرستار", "ar", ("fa",)),
        ("ممرضة", "fa", ("ar",)),
        ("Олена", "uk", ()),
        ("Олена", "ru", ()),
        ("Наталія", "ru", ("uk",)),
        ("Наталія", "sv", ("uk",)),
        ("ሰላም", "ti", ()),
        ("ሰላም", "fi", ("ti",)),
        ("Anna", "ar", ()),
    ],
)
def test_suggest_locales(text: str, ui: str, expected: tuple[str, ...]) -> None:
    assert suggest_locales(text, ui) == expected


async def _to_name_step(chat: ChatHarness, user: str, locale: str = "en") -> None:
    await chat.send(user, "/start")
    for button in (f"lang:{locale}", "role:newcomer", "consent:yes"):
        await chat.press(user, button)


async def test_arabic_script_in_an_english_ui_suggests_arabic_once(
    chat: ChatHarness, app: App
) -> None:
    await _to_name_step(chat, "mo")
    replies = await chat.send("mo", "محمد")
    # The next question first (its buttons keep their numbers), then the suggestion.
    assert replies[-2].text == app.translator("en", "onboarding-ask-gender")
    suggestion = replies[-1]
    assert suggestion.text == app.translator(
        "en", "language-suggest-either", first="Arabic", second="Persian/Dari"
    )
    assert [b.id for b in suggestion.buttons] == [
        "lang-suggest:ar",
        "lang-suggest:fa",
        "lang-suggest:keep",
    ]
    assert [b.label for b in suggestion.buttons][:2] == ["العربية", "فارسی (دری)"]
    replies = await chat.press("mo", "lang-suggest:ar")
    person = await chat.person("mo")
    assert person is not None and person.locale == "ar" and person.first_name == "محمد"
    # The same question again, now in Arabic, and no second suggestion.
    assert replies[-1].text == render(app.translator, "ar", Say("onboarding-ask-gender")).text
    assert (await chat.conversation("mo")).step == "gender"  # type: ignore[union-attr]
    await chat.press("mo", "gender:man")
    replies = await chat.send("mo", "پرستار")
    assert not any(b.id.startswith("lang-suggest:") for m in replies for b in m.buttons)


async def test_keeping_the_language_asks_the_question_again(chat: ChatHarness, app: App) -> None:
    await _to_name_step(chat, "ol", "sv")
    await chat.send("ol", "Наталія")
    replies = await chat.press("ol", "lang-suggest:keep")
    person = await chat.person("ol")
    assert person is not None and person.locale == "sv"
    assert replies[-1].text == app.translator("sv", "onboarding-ask-gender")
    assert (await chat.conversation("ol")).data.get("language_suggested") is True  # type: ignore[union-attr]


async def test_a_persian_occupation_suggests_persian_at_a_buttons_step(
    chat: ChatHarness, app: App
) -> None:
    await _to_name_step(chat, "fa")
    await chat.send("fa", "Farid")  # Latin: nothing to suggest
    await chat.press("fa", "gender:man")
    replies = await chat.send("fa", "پرستار")
    assert replies[-1].text == app.translator("en", "language-suggest", language="Persian/Dari")
    assert replies[-2].buttons[0].id == "occ:1"
    replies = await chat.press("fa", "lang-suggest:fa")
    assert (await chat.person("fa")).locale == "fa"  # type: ignore[union-attr]
    assert replies[-1].buttons[0].id == "occ:1"  # the occupations, asked again in Persian
    await chat.press("fa", "occ:1")
    assert (await chat.person("fa")).occupation_isco == "2221"  # type: ignore[union-attr]


async def test_a_stale_suggestion_button_is_refused(chat: ChatHarness, app: App) -> None:
    await _to_name_step(chat, "ti")
    await chat.send("ti", "ሰላም")
    await chat.send("ti", button="gender:skip")  # answered the question instead
    replies = await chat.send("ti", button="lang-suggest:ti")
    assert replies[0].text == app.translator("en", "error-stale-button")
    assert (await chat.person("ti")).locale == "en"  # type: ignore[union-attr]


async def test_no_suggestion_when_the_script_matches(chat: ChatHarness) -> None:
    await _to_name_step(chat, "am", "ar")
    replies = await chat.send("am", "محمد")
    assert not any(b.id.startswith("lang-suggest:") for m in replies for b in m.buttons)


def test_the_suggestion_messages_exist_everywhere() -> None:
    for locale in UI_LOCALES:
        for key in ("language-suggest", "language-suggest-either", "button-language-keep"):
            assert translator.has(key, locale), (locale, key)


# -- the glossary -----------------------------------------------------------------------------

GLOSSARY = Path(LOCALES_DIR) / "GLOSSARY.md"
TERMS = (
    "door-opener",
    "newcomer",
    "participant",
    "relay baton",
    "network meeting",
    "coordinator",
    "consent",
    "meeting",
    "survey",
    "proposal",
    "pause / resume",
)


def test_the_glossary_has_every_programme_term_in_nine_languages() -> None:
    rows = {}
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("| ") and len(cells) == 10:
            rows[cells[0]] = cells[1:9]
    for term in TERMS:
        assert term in rows, term
        assert all(rows[term]), term  # sv, fi, ar, fa, uk, ru, so, ti all filled in
