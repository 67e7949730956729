"""Regulated occupations: the data file, the rule lookup and the pointer newcomers get."""

from __future__ import annotations

import fnmatch
import tomllib
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from doorway.bootstrap import App, build_app
from doorway.dialogs.clock import ShiftedClock
from doorway.dialogs.contract import OutboundMessage
from doorway.dialogs.i18n import Translator
from doorway.dialogs.recognition import (
    REASONS,
    RECOGNITION_FILE,
    RecognitionFileError,
    authorities_for,
    default_recognition,
    load_recognition,
)
from doorway.settings import ConfigError, Settings, load_settings
from doorway.storage import migrate
from tests.flows import onboarding_script
from tests.harness import ChatHarness

SOCIALSTYRELSEN_SV = "https://legitimation.socialstyrelsen.se/"
VALVIRA_EN = "https://valvira.fi/en/rights-to-practise/planning-to-work-in-the-social-welfare-and-health-care-field"
VALVIRA_SV = "https://valvira.fi/sv/yrkesrattigheter/arbeta-inom-social-och-halsovardsbranchen"
CUSTOM = """
[authorities.field]
name = "Field Board"
url = "https://field.example.org/"

[authorities.nurses]
name.sv = "Sjuksköterskenämnden"
name.en = "Nursing Board"
url.sv = "https://nurses.example.org/sv"
url.en = "https://nurses.example.org/en"

[authorities.degrees]
name = "Degree Office"
url = "https://degrees.example.org/"

[[SE]]
isco = ["22"]
authority = "field"
reason = "licence"

[[SE]]
isco = ["2221"]
authority = "nurses"
reason = "licence"

[[SE]]
isco = ["2221"]
authority = "degrees"
reason = "degree"
"""


async def onboard(
    chat: ChatHarness, user: str, role: str, locale: str = "sv", occupation: str | None = None
) -> list[OutboundMessage]:
    """A complete onboarding (a nurse unless `occupation` is given); returns the last replies."""
    await chat.send(user, "/start")
    replies: list[OutboundMessage] = []
    for step, kind, value in onboarding_script(locale, role).actions:
        if step == "occupation" and occupation is not None:
            value = occupation
        replies = await (
            chat.send(user, button=value) if kind == "button" else chat.send(user, value)
        )
    return replies


def pointer(t: Translator, locale: str, country: str, *authorities: tuple[str, str, str]) -> str:
    """The expected pointer text: the sentence, then one line per (name, reason, link)."""
    where = t(locale, f"recognition-in-{country}")
    lines = [t(locale, "recognition-needed", where=where)]
    for name, reason, link in authorities:
        why = t(locale, f"recognition-reason-{reason}")
        lines.append(t(locale, "recognition-authority", authority=name, why=why, link=link))
    return "\n".join(lines)


def mentions_recognition(t: Translator, locale: str, messages: list[OutboundMessage]) -> bool:
    """True when one of the messages is a recognition pointer (for either country)."""
    heads = {
        t(locale, "recognition-needed", where=t(locale, f"recognition-in-{c}"))
        for c in ("SE", "FI")
    }
    return any(m.text.split("\n", 1)[0] in heads for m in messages)


# -- the data file ----------------------------------------------------------------------------


def test_packaged_file_loads_and_every_link_is_https() -> None:
    rules = default_recognition()
    assert set(rules.by_country) == {"SE", "FI"}
    authorities = rules.authorities()
    assert authorities
    for authority in authorities:
        assert authority.reason in REASONS
        for url in authority.urls.values():
            assert url.startswith("https://"), (authority.key, url)


def test_packaged_file_is_package_data() -> None:
    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    patterns = tomllib.loads(pyproject.read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"
    ]["doorway.dialogs"]
    relative = RECOGNITION_FILE.relative_to(RECOGNITION_FILE.parents[1]).as_posix()
    assert any(fnmatch.fnmatch(relative, pattern) for pattern in patterns)


def test_every_reason_and_country_has_words_in_every_locale() -> None:
    t = Translator()
    for locale in ("sv", "fi", "en"):
        for reason in REASONS:
            assert t.has(f"recognition-reason-{reason}", locale)
        for country in default_recognition().by_country:
            assert t.has(f"recognition-in-{country}", locale)


# -- lookup -----------------------------------------------------------------------------------


def test_lookup_by_prefix_and_country() -> None:
    assert [a.key for a in authorities_for("2221", "SE")] == ["socialstyrelsen"]
    assert [a.key for a in authorities_for("2212", "SE")] == ["socialstyrelsen"]  # prefix 221
    assert [a.key for a in authorities_for("2221", "FI")] == ["valvira"]
    assert [a.key for a in authorities_for("2341", "se")] == ["skolverket"]
    assert [(a.key, a.reason) for a in authorities_for("2611", "FI")] == [
        ("asianajajaliitto", "title"),
        ("oph-tutkinto", "degree"),
    ]
    assert authorities_for("2512", "SE") == []  # software developers: not regulated
    assert authorities_for("2221", "NO") == []  # a country without rules
    assert authorities_for("2221", "") == []
    assert default_recognition().authorities_for(None, "SE") == []


def test_longest_prefix_wins_and_all_its_rules_apply(tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(CUSTOM, encoding="utf-8")
    rules = load_recognition(path)
    assert [(a.key, a.reason) for a in rules.authorities_for("2221", "SE")] == [
        ("nurses", "licence"),
        ("degrees", "degree"),
    ]
    assert [a.key for a in rules.authorities_for("2222", "SE")] == ["field"]
    assert rules.authorities_for("2512", "SE") == []
    assert rules.authorities_for("2221", "FI") == []
    nurses = rules.authorities_for("2221", "SE")[0]
    assert (nurses.name("sv"), nurses.url("sv")) == (
        "Sjuksköterskenämnden",
        "https://nurses.example.org/sv",
    )
    assert (nurses.name("fi"), nurses.url("fi")) == (
        "Nursing Board",
        "https://nurses.example.org/en",
    )


@pytest.mark.parametrize(
    ("content", "complaint"),
    [
        ("[authorities.x\nname = 1", "not valid TOML"),
        ('[[SE]]\nisco = ["2221"]\nauthority = "x"\nreason = "licence"', "[authorities.<id>]"),
        ('[authorities.x]\nname = "X"\nurl = "http://x.example.org/"', "https:// link"),
        ('[authorities.x]\nname = "X"', "url is missing"),
        (
            '[authorities.x]\nname = "X"\nurl = "https://x.example.org/"\nphone = "1"',
            "unknown keys",
        ),
        (
            '[authorities.x]\nname = "X"\nurl = "https://x.example.org/"\n'
            '[[SE]]\nisco = ["2221"]\nauthority = "y"\nreason = "licence"',
            "authority 'y' is not defined",
        ),
        (
            '[authorities.x]\nname = "X"\nurl = "https://x.example.org/"\n'
            '[[SE]]\nisco = ["nurse"]\nauthority = "x"\nreason = "licence"',
            "'nurse' is not an ISCO-08 code",
        ),
        (
            '[authorities.x]\nname = "X"\nurl = "https://x.example.org/"\n'
            '[[SE]]\nisco = ["2221"]\nauthority = "x"\nreason = "because"',
            "reason must be one of",
        ),
        (
            '[authorities.x]\nname = "X"\nurl = "https://x.example.org/"\n'
            '[[NO]]\nisco = ["2221"]\nauthority = "x"\nreason = "licence"',
            "[[NO]] is not a country",
        ),
        (
            '[authorities.x]\nname = "X"\nurl = "https://x.example.org/"\n'
            '[[SE]]\nisco = ["2221", "2221"]\nauthority = "x"\nreason = "licence"',
            "already points to 'x'",
        ),
    ],
)
def test_a_malformed_file_fails_clearly(tmp_path: Path, content: str, complaint: str) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RecognitionFileError) as caught:
        load_recognition(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert complaint in str(caught.value)


# -- settings ---------------------------------------------------------------------------------


def test_the_setting_names_a_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(CUSTOM, encoding="utf-8")
    monkeypatch.setenv("DOORWAY_RECOGNITION_FILE", str(path))
    assert load_settings().recognition_file == path
    monkeypatch.setenv("DOORWAY_RECOGNITION_FILE", str(tmp_path / "missing.toml"))
    with pytest.raises(ConfigError, match="DOORWAY_RECOGNITION_FILE is invalid"):
        load_settings()


def test_a_malformed_custom_file_stops_start_up(database_url: str, tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('[authorities.x]\nname = "X"\nurl = "ftp://x"\n', encoding="utf-8")
    settings = Settings(database_url=database_url, recognition_file=path, _env_file=None)  # type: ignore[call-arg]
    with pytest.raises(ConfigError, match=r"^DOORWAY_RECOGNITION_FILE is invalid: .*https:// link"):
        build_app(settings)


@pytest.fixture
async def custom_app(database_url: str, tmp_path: Path) -> AsyncIterator[App]:
    """The application with the rules of a custom file named by the setting."""
    path = tmp_path / "rules.toml"
    path.write_text(CUSTOM, encoding="utf-8")
    settings = Settings(database_url=database_url, recognition_file=path, _env_file=None)  # type: ignore[call-arg]
    application = build_app(settings, clock=ShiftedClock(), worker_id="test-worker")
    await migrate.upgrade(application.db)
    try:
        yield application
    finally:
        await application.close()


async def test_a_custom_file_from_the_settings_is_used(custom_app: App) -> None:
    t = custom_app.translator
    replies = await onboard(ChatHarness(custom_app), "nina", "newcomer")
    expected = pointer(
        t,
        "sv",
        "SE",
        ("Sjuksköterskenämnden", "licence", "https://nurses.example.org/sv"),
        ("Degree Office", "degree", "https://degrees.example.org/"),
    )
    assert [m.text for m in replies][-2] == expected


# -- the pointer in chat ----------------------------------------------------------------------


async def test_a_swedish_nurse_gets_socialstyrelsen_in_swedish(chat: ChatHarness, app: App) -> None:
    t = app.translator
    replies = await onboard(chat, "nina", "newcomer", "sv")
    expected = pointer(t, "sv", "SE", ("Socialstyrelsen", "licence", SOCIALSTYRELSEN_SV))
    assert [m.text for m in replies][-2:] == [expected, t("sv", "onboarding-done", role="newcomer")]
    assert "i Sverige" in expected and "Socialstyrelsen" in expected


async def test_a_finnish_nurse_gets_valvira_in_finnish(chat: ChatHarness, app: App) -> None:
    t = app.translator
    replies = await onboard(chat, "päivi", "newcomer", "fi")
    expected = pointer(t, "fi", "FI", ("Valvira", "licence", VALVIRA_EN))
    assert [m.text for m in replies][-2:] == [expected, t("fi", "onboarding-done", role="newcomer")]
    assert "Suomessa" in expected and "ammattioikeus" in expected


async def test_door_openers_and_unregulated_occupations_get_no_pointer(
    chat: ChatHarness, app: App
) -> None:
    t = app.translator
    await onboard(chat, "dora", "door_opener", "sv")  # a nurse too
    await onboard(chat, "sam", "newcomer", "sv", occupation="snickare")
    person = await chat.person("sam")
    assert person is not None and person.occupation_isco == "7115"
    for user in ("dora", "sam"):
        assert not mentions_recognition(t, "sv", [m for m in chat.delivered if m.user_id == user])


async def test_status_has_a_line_for_a_regulated_newcomer(chat: ChatHarness, app: App) -> None:
    t = app.translator
    await onboard(chat, "nina", "newcomer", "sv")
    await onboard(chat, "sam", "newcomer", "sv", occupation="snickare")
    line = t(
        "sv",
        "recognition-authority",
        authority="Socialstyrelsen",
        why=t("sv", "recognition-reason-licence"),
        link=SOCIALSTYRELSEN_SV,
    )
    status = t("sv", "recognition-status", where=t("sv", "recognition-in-SE"))
    replies = await chat.send("nina", "/status")
    assert replies[-1].text == f"{status}\n{line}"
    replies = await chat.send("sam", "/status")
    assert all(not m.text.startswith(status) for m in replies)


async def test_changing_occupation_or_country_later_brings_the_pointer(
    chat: ChatHarness, app: App
) -> None:
    t = app.translator
    await onboard(chat, "sam", "newcomer", "sv", occupation="snickare")

    await chat.send("sam", "/profile")
    await chat.send("sam", button="edit:occupation")
    await chat.send("sam", "sjuksköterska")
    replies = await chat.send("sam", button="occ:1")
    expected = pointer(t, "sv", "SE", ("Socialstyrelsen", "licence", SOCIALSTYRELSEN_SV))
    assert expected in [m.text for m in replies]

    # The same country again (another municipality): nothing new to say.
    await chat.send("sam", button="edit:place")
    await chat.send("sam", "Uppsala")
    replies = await chat.send("sam", button="online:no")
    assert not mentions_recognition(t, "sv", replies)

    await chat.send("sam", button="edit:place")
    await chat.send("sam", "Tampere")
    replies = await chat.send("sam", button="online:no")
    expected = pointer(t, "sv", "FI", ("Valvira", "licence", VALVIRA_SV))
    assert expected in [m.text for m in replies]
    person = await chat.person("sam")
    assert person is not None and person.country == "FI"
