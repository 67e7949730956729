"""WhatsApp wire formats: signatures, webhook parsing, rendering, errors; and the fake Cloud API."""

from __future__ import annotations

import copy
import json
from collections.abc import AsyncIterator, Callable
from typing import Any

import aiohttp
import pytest

from doorway.bot.whatsapp_format import (
    WHATSAPP_LANGUAGE,
    IncomingMessage,
    MalformedWebhook,
    StatusUpdate,
    classify_error,
    document_message,
    numbered_choice,
    parse_webhook,
    render,
    split_text,
    template_language,
    template_message,
    verify_signature,
)
from doorway.dialogs.contract import Attachment, Button, InboundEvent, OutboundMessage
from tests.fakes.whatsapp_api import FakeWhatsAppAPI, sign

JSON = dict[str, Any]
TOKEN = "EAAG-TEST-TOKEN"
PHONE_ID = "106540352242922"
VERSION = "v21.0"
USER = "46700000001"
SECRET = "app-secret-123"
START = 1_700_000_000.0
DAY = 24 * 60 * 60


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, at: float = START) -> None:
        self.at = at

    def __call__(self) -> float:
        return self.at


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def api(clock: Clock) -> AsyncIterator[FakeWhatsAppAPI]:
    async with FakeWhatsAppAPI(token=TOKEN, phone_number_id=PHONE_ID, now=clock) as fake:
        yield fake


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


async def post(
    http: aiohttp.ClientSession,
    api: FakeWhatsAppAPI,
    body: JSON,
    token: str | None = TOKEN,
    phone_id: str = PHONE_ID,
    version: str = VERSION,
) -> tuple[int, JSON]:
    """POST a message body to the fake as the adapter will."""
    headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
    url = f"{api.base_url}/{version}/{phone_id}/messages"
    async with http.post(url, json=body, headers=headers) as response:
        return response.status, await response.json()


async def upload(
    http: aiohttp.ClientSession, api: FakeWhatsAppAPI, data: bytes, filename: str, **fields: str
) -> tuple[int, JSON]:
    """Upload a file to the fake's media endpoint."""
    form = aiohttp.FormData({"messaging_product": "whatsapp", "type": "text/calendar"} | fields)
    form.add_field("file", data, filename=filename, content_type="text/calendar")
    headers = {"Authorization": f"Bearer {TOKEN}"}
    url = f"{api.base_url}/{VERSION}/{PHONE_ID}/media"
    async with http.post(url, data=form, headers=headers) as response:
        return response.status, await response.json()


def message(text: str, *labels: str, ids: list[str] | None = None) -> OutboundMessage:
    """An outbound WhatsApp message to USER with buttons labelled `labels`."""
    ids = ids or [f"choice:{number}" for number in range(len(labels))]
    buttons = tuple(Button(id, label) for id, label in zip(ids, labels, strict=True))
    return OutboundMessage("whatsapp", USER, text, buttons)


def notification(*messages: JSON, statuses: list[JSON] | None = None) -> JSON:
    """A webhook body carrying these raw messages and statuses."""
    value: JSON = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "46701234567", "phone_number_id": PHONE_ID},
        "contacts": [{"profile": {"name": "Amal"}, "wa_id": USER}],
    }
    if messages:
        value["messages"] = list(messages)
    if statuses is not None:
        value["statuses"] = statuses
    return {
        "object": "whatsapp_business_account",
        "entry": [{"id": "102290129340398", "changes": [{"field": "messages", "value": value}]}],
    }


def raw(kind: str, **content: Any) -> JSON:
    """One raw inbound message of `kind`."""
    return {"from": USER, "id": "wamid.RAW1", "timestamp": "1700000000", "type": kind, **content}


def kinds(bodies: list[JSON]) -> list[str]:
    """The type of each body, with the interactive subtype: ["text", "interactive/button"]."""
    return [
        f"interactive/{b['interactive']['type']}" if b["type"] == "interactive" else b["type"]
        for b in bodies
    ]


def words(count: int, line_every: int | None = None) -> str:
    """A text of numbered words, with a line break after every `line_every` words."""
    out = []
    for number in range(count):
        out.append(f"word{number:05d}")
        out.append("\n" if line_every and (number + 1) % line_every == 0 else " ")
    return "".join(out).strip()


# -- signatures -------------------------------------------------------------------------------


BODY = b'{"object":"whatsapp_business_account","entry":[]}'


def test_signature_of_the_raw_body_verifies() -> None:
    assert verify_signature(BODY, sign(BODY, SECRET), SECRET)


def test_signature_hex_case_does_not_matter() -> None:
    header = sign(BODY, SECRET)
    assert verify_signature(BODY, "sha256=" + header[7:].upper(), SECRET)


@pytest.mark.parametrize(
    ("body", "secret"),
    [(BODY, "another-secret"), (BODY + b" ", SECRET), (b"", SECRET)],
    ids=["wrong-secret", "changed-body", "empty-body"],
)
def test_wrong_signature_is_refused(body: bytes, secret: str) -> None:
    assert not verify_signature(body, sign(BODY, SECRET), secret)


@pytest.mark.parametrize(
    "header",
    [
        None,
        "",
        "sha256=",
        "sha256=xyz",
        "sha256=" + "a" * 63,
        "sha256=" + "a" * 65,
        "sha1=" + "a" * 40,
        "a" * 64,
        "SHA256=" + "a" * 64,
        "sha256=" + "g" * 64,
    ],
)
def test_missing_or_malformed_signature_is_refused(header: str | None) -> None:
    assert not verify_signature(BODY, header, SECRET)


def test_no_app_secret_verifies_nothing() -> None:
    assert not verify_signature(BODY, sign(BODY, ""), "")


# -- parsing messages -------------------------------------------------------------------------


def test_text_message() -> None:
    content = parse_webhook(notification(raw("text", text={"body": "Hej!"})))
    assert content.statuses == []
    assert content.messages == [
        IncomingMessage("wamid.RAW1", USER, "text", "Hej!", None, 1_700_000_000, PHONE_ID)
    ]
    assert content.messages[0].to_event() == InboundEvent(
        "whatsapp", USER, "wamid.RAW1", text="Hej!"
    )


@pytest.mark.parametrize("reply_type", ["button_reply", "list_reply"])
def test_interactive_reply_is_a_button(reply_type: str) -> None:
    reply = {"id": "occupation:nurse", "title": "Nurse"}
    if reply_type == "list_reply":
        reply["description"] = "Nurse, registered"
    interactive = {"type": reply_type, reply_type: reply}
    context = {"from": "46701234567", "id": "wamid.OURS"}
    (incoming,) = parse_webhook(
        notification(raw("interactive", interactive=interactive, context=context))
    ).messages
    assert (incoming.kind, incoming.button_id, incoming.text) == (
        "button",
        "occupation:nurse",
        "Nurse",
    )
    assert incoming.to_event() == InboundEvent(
        "whatsapp", USER, "wamid.RAW1", button="occupation:nurse"
    )


def test_template_quick_reply_is_a_template_button() -> None:
    button = {"payload": "proposal:accept:17", "text": "Yes, gladly"}
    (incoming,) = parse_webhook(notification(raw("button", button=button))).messages
    assert (incoming.kind, incoming.button_id, incoming.text) == (
        "template_button",
        "proposal:accept:17",
        "Yes, gladly",
    )
    assert incoming.to_event() == InboundEvent(
        "whatsapp", USER, "wamid.RAW1", button="proposal:accept:17"
    )


@pytest.mark.parametrize(
    "incoming",
    [
        raw("image", image={"mime_type": "image/jpeg", "sha256": "abc", "id": "123"}),
        raw("audio", audio={"mime_type": "audio/ogg; codecs=opus", "id": "124", "voice": True}),
        raw("video", video={"mime_type": "video/mp4", "id": "125"}),
        raw("document", document={"filename": "cv.pdf", "mime_type": "application/pdf"}),
        raw("sticker", sticker={"mime_type": "image/webp", "id": "126", "animated": False}),
        raw("location", location={"latitude": 59.33, "longitude": 18.06}),
        raw("contacts", contacts=[{"name": {"formatted_name": "Bo"}}]),
        raw("reaction", reaction={"message_id": "wamid.OURS", "emoji": "👍"}),
        raw("unsupported", errors=[{"code": 131051, "title": "Message type unknown"}]),
        raw("interactive", interactive={"type": "nfm_reply", "nfm_reply": {"body": "Sent"}}),
        raw("order", order={"catalog_id": "1", "product_items": []}),
        raw("system", system={"body": "User changed number"}),
        raw("something_new"),
    ],
    ids=lambda m: m["type"],
)
def test_other_message_kinds_are_reported_unsupported(incoming: JSON) -> None:
    (parsed,) = parse_webhook(notification(incoming)).messages
    assert (parsed.kind, parsed.text, parsed.button_id) == ("unsupported", None, None)
    assert (parsed.message_id, parsed.wa_id) == ("wamid.RAW1", USER)
    assert parsed.to_event() == InboundEvent("whatsapp", USER, "wamid.RAW1")


def test_messages_of_several_entries_and_changes_keep_their_order() -> None:
    first = notification(raw("text", text={"body": "one"}))
    second = notification({**raw("text", text={"body": "two"}), "id": "wamid.RAW2"})
    second["entry"][0]["changes"].insert(0, {"field": "account_update", "value": {"x": 1}})
    payload = copy.deepcopy(first)
    payload["entry"].extend(second["entry"])
    content = parse_webhook(payload)
    assert [m.text for m in content.messages] == ["one", "two"]
    assert [m.message_id for m in content.messages] == ["wamid.RAW1", "wamid.RAW2"]


def test_other_fields_and_empty_values_carry_nothing() -> None:
    payload = notification()
    payload["entry"][0]["changes"].append({"field": "message_template_status_update", "value": 1})
    assert parse_webhook(payload).messages == []
    assert parse_webhook(payload).statuses == []
    assert parse_webhook({"object": "whatsapp_business_account", "entry": []}).messages == []


def test_integer_timestamp_is_accepted() -> None:
    incoming = {**raw("text", text={"body": "x"}), "timestamp": 1_700_000_123}
    assert parse_webhook(notification(incoming)).messages[0].timestamp == 1_700_000_123


def _parent(payload: JSON, path: str) -> tuple[Any, int | str]:
    """The container holding the dotted `path` (numbers index lists), and the last key."""
    *parents, last = path.split(".")
    node: Any = payload
    for key in parents:
        node = node[int(key)] if key.isdigit() else node[key]
    return node, int(last) if last.isdigit() else last


def _without(path: str) -> Any:
    """A test case deleting the key at `path`."""

    def mutate(payload: JSON) -> None:
        node, key = _parent(payload, path)
        del node[key]

    return pytest.param(mutate, id=f"without-{path}")


def _setting(path: str, value: Any) -> Any:
    """A test case setting the value at `path`."""

    def mutate(payload: JSON) -> None:
        node, key = _parent(payload, path)
        node[key] = value

    return pytest.param(mutate, id=f"{path}={value!r}"[:60])


VALUE = "entry.0.changes.0.value"
MESSAGE = f"{VALUE}.messages.0"


@pytest.mark.parametrize(
    "mutate",
    [
        _setting("object", "page"),
        _without("object"),
        _without("entry"),
        _setting("entry", {"id": "1"}),
        _setting("entry.0", "entry"),
        _without("entry.0.changes"),
        _setting("entry.0.changes", "messages"),
        _setting("entry.0.changes.0", None),
        _setting(VALUE, []),
        _without(VALUE),
        _without(f"{VALUE}.metadata"),
        _without(f"{VALUE}.metadata.phone_number_id"),
        _setting(f"{VALUE}.messages", {"id": "x"}),
        _setting(f"{VALUE}.messages", ["not a message"]),
        _without(f"{MESSAGE}.id"),
        _without(f"{MESSAGE}.from"),
        _setting(f"{MESSAGE}.from", 46700000001),
        _without(f"{MESSAGE}.timestamp"),
        _setting(f"{MESSAGE}.timestamp", "yesterday"),
        _setting(f"{MESSAGE}.timestamp", "-5"),
        _without(f"{MESSAGE}.text"),
        _setting(f"{MESSAGE}.text", {"body": None}),
        _setting(f"{VALUE}.statuses", "sent"),
        _setting(f"{VALUE}.statuses", [{"status": "sent", "timestamp": "1"}]),
    ],
)
def test_malformed_payload_raises(mutate: Callable[[JSON], None]) -> None:
    payload = notification(raw("text", text={"body": "hi"}))
    mutate(payload)
    with pytest.raises(MalformedWebhook):
        parse_webhook(payload)


@pytest.mark.parametrize("payload", [None, [], "text", 42, b"{}", {}])
def test_non_object_payload_raises(payload: object) -> None:
    with pytest.raises(MalformedWebhook):
        parse_webhook(payload)


def test_malformed_webhook_is_a_value_error() -> None:
    assert issubclass(MalformedWebhook, ValueError)


@pytest.mark.parametrize(
    ("reply", "body"),
    [
        ("interactive", {"interactive": {"type": "button_reply", "button_reply": {"title": "x"}}}),
        ("interactive", {"interactive": {"type": "list_reply", "list_reply": "x"}}),
        ("interactive", {"interactive": "button_reply"}),
        ("button", {"button": {"text": "Yes"}}),
    ],
)
def test_replies_without_an_id_raise(reply: str, body: JSON) -> None:
    with pytest.raises(MalformedWebhook):
        parse_webhook(notification(raw(reply, **body)))


# -- parsing statuses -------------------------------------------------------------------------


@pytest.mark.parametrize("status", ["sent", "delivered", "read"])
def test_status_update(status: str) -> None:
    entry = {
        "id": "wamid.OURS",
        "status": status,
        "timestamp": "1700000050",
        "recipient_id": USER,
        "pricing": {"billable": True, "pricing_model": "PMP", "category": "service"},
    }
    content = parse_webhook(notification(statuses=[entry]))
    assert content.messages == []
    (update,) = content.statuses
    assert (update.message_id, update.status, update.timestamp) == (
        "wamid.OURS",
        status,
        1700000050,
    )
    assert (update.recipient_id, update.error_code, update.error_title) == (USER, None, None)


def test_failed_status_carries_the_first_error() -> None:
    error = {"code": 131047, "title": "Re-engagement message", "message": "Re-engagement message"}
    entry = {
        "id": "wamid.OURS",
        "status": "failed",
        "timestamp": "1700000050",
        "recipient_id": USER,
        "errors": [error, {"code": 1, "title": "other"}],
    }
    (update,) = parse_webhook(notification(statuses=[entry])).statuses
    assert update == StatusUpdate(
        "wamid.OURS", "failed", 1_700_000_050, USER, 131047, "Re-engagement message"
    )


def test_unknown_statuses_are_ignored() -> None:
    entries = [
        {"id": "wamid.A", "status": "deleted", "timestamp": "1", "recipient_id": USER},
        {"id": "wamid.B", "status": "warning", "timestamp": "1", "recipient_id": USER},
        {"id": "wamid.C", "status": "read", "timestamp": "2", "recipient_id": USER},
    ]
    content = parse_webhook(notification(statuses=entries))
    assert [s.message_id for s in content.statuses] == ["wamid.C"]


def test_messages_and_statuses_in_one_notification() -> None:
    entry = {"id": "wamid.OURS", "status": "read", "timestamp": "2", "recipient_id": USER}
    content = parse_webhook(notification(raw("text", text={"body": "hi"}), statuses=[entry]))
    assert (len(content.messages), len(content.statuses)) == (1, 1)


# -- rendering --------------------------------------------------------------------------------


def test_text_without_buttons() -> None:
    assert render(message("Hello, Amal!")) == [
        {
            "messaging_product": "whatsapp",
            "recipient_type": "individual",
            "to": USER,
            "type": "text",
            "text": {"body": "Hello, Amal!", "preview_url": False},
        }
    ]


def test_empty_text_without_buttons_sends_nothing() -> None:
    assert render(message("  \n")) == []


def test_attachments_are_not_rendered() -> None:
    ics = Attachment("meeting.ics", "text/calendar", b"BEGIN:VCALENDAR")
    outbound = OutboundMessage("whatsapp", USER, "Your meeting", attachments=(ics,))
    assert kinds(render(outbound)) == ["text"]


def test_long_text_is_split_at_line_breaks() -> None:
    text = words(1500, line_every=7)  # about 15 000 characters
    bodies = render(message(text))
    parts = [body["text"]["body"] for body in bodies]
    assert len(parts) == 4
    assert all(len(part) <= 4096 for part in parts)
    assert all(not part.endswith(" ") for part in parts)
    assert "\n".join(parts).split() == text.split()
    # Each part but the last ends where a line ended.
    assert all(text.find(part + "\n") != -1 for part in parts[:-1])


def test_long_text_without_line_breaks_is_split_at_spaces() -> None:
    text = words(1000)
    parts = split_text(text)
    assert len(parts) == 3
    assert all(len(part) <= 4096 and not part.startswith(" ") for part in parts)
    assert " ".join(parts) == text


def test_text_without_spaces_is_split_anywhere() -> None:
    text = "x" * 9000
    assert [len(part) for part in split_text(text)] == [4096, 4096, 808]


def test_text_of_exactly_the_limit_is_one_message() -> None:
    assert split_text("y" * 4096) == ["y" * 4096]


def test_two_buttons_are_reply_buttons() -> None:
    (body,) = render(message("Is this right?", "Yes", "No", ids=["confirm:yes", "confirm:no"]))
    assert body == {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": USER,
        "type": "interactive",
        "interactive": {
            "type": "button",
            "body": {"text": "Is this right?"},
            "action": {
                "buttons": [
                    {"type": "reply", "reply": {"id": "confirm:yes", "title": "Yes"}},
                    {"type": "reply", "reply": {"id": "confirm:no", "title": "No"}},
                ]
            },
        },
    }


def test_three_buttons_of_twenty_characters_are_reply_buttons() -> None:
    labels = ("a" * 20, "Ja, det passar bra", "Nej tack")
    (body,) = render(message("Choose", *labels))
    assert kinds([body]) == ["interactive/button"]
    titles = [b["reply"]["title"] for b in body["interactive"]["action"]["buttons"]]
    assert titles == list(labels)


def test_a_label_over_twenty_characters_makes_a_list() -> None:
    (body,) = render(message("When?", "Monday", "Tuesday", "b" * 21), menu_label="Välj")
    assert kinds([body]) == ["interactive/list"]
    action = body["interactive"]["action"]
    assert action["button"] == "Välj"
    rows = action["sections"][0]["rows"]
    assert rows == [
        {"id": "choice:0", "title": "Monday"},
        {"id": "choice:1", "title": "Tuesday"},
        {"id": "choice:2", "title": "b" * 21},
    ]
    assert "title" not in action["sections"][0]


def test_four_buttons_make_a_list_with_the_default_menu_label() -> None:
    (body,) = render(message("Pick a day", "Mon", "Tue", "Wed", "Thu"))
    assert body["interactive"]["type"] == "list"
    assert body["interactive"]["body"] == {"text": "Pick a day"}
    assert body["interactive"]["action"]["button"] == "Choose"
    assert [r["id"] for r in body["interactive"]["action"]["sections"][0]["rows"]] == [
        "choice:0",
        "choice:1",
        "choice:2",
        "choice:3",
    ]


def test_ten_buttons_make_one_list() -> None:
    (body,) = render(message("Occupation?", *[f"Occupation {n}" for n in range(10)]))
    (section,) = body["interactive"]["action"]["sections"]
    assert len(section["rows"]) == 10


def test_long_list_labels_are_cut_and_shown_whole_in_the_description() -> None:
    label = "Specialistsjuksköterska inom intensivvård"  # 41 characters
    huge = "Z" * 100
    (body,) = render(message("Which one?", "Nurse", label, huge, "Doctor"))
    rows = body["interactive"]["action"]["sections"][0]["rows"]
    assert rows[0] == {"id": "choice:0", "title": "Nurse"}
    assert rows[1]["title"] == "Specialistsjuksköterska…"
    assert len(rows[1]["title"]) == 24
    assert rows[1]["description"] == label
    assert rows[2]["title"] == "Z" * 23 + "…"
    assert rows[2]["description"] == "Z" * 71 + "…"
    assert len(rows[2]["description"]) == 72


def test_a_long_menu_label_is_cut() -> None:
    (body,) = render(message("?", *"abcd"), menu_label="Выберите один вариант")
    assert body["interactive"]["action"]["button"] == "Выберите один вариа…"
    assert len(body["interactive"]["action"]["button"]) == 20


def test_eleven_buttons_are_a_numbered_text() -> None:
    labels = [f"Place {n}" for n in range(1, 12)]
    (body,) = render(message("Where shall we meet?", *labels))
    assert body["type"] == "text"
    lines = body["text"]["body"].split("\n")
    assert lines[0] == "Where shall we meet?"
    assert lines[1] == ""
    assert lines[2:] == [f"{n}. Place {n}" for n in range(1, 12)]


def test_a_long_numbered_text_is_split() -> None:
    labels = [f"Option {n}" for n in range(1, 13)]
    bodies = render(message(words(500), *labels))
    assert kinds(bodies) == ["text", "text"]
    assert bodies[-1]["text"]["body"].endswith("12. Option 12")


def test_a_long_body_with_buttons_sends_the_lead_as_text_first() -> None:
    text = words(300, line_every=5)  # about 3000 characters
    bodies = render(message(text, "Yes", "No"))
    assert kinds(bodies) == ["text", "interactive/button"]
    interactive_body = bodies[-1]["interactive"]["body"]["text"]
    assert len(interactive_body) <= 1024
    assert len(interactive_body) > 900  # the cut is as late as a line break allows
    assert (bodies[0]["text"]["body"] + "\n" + interactive_body).split() == text.split()


def test_a_very_long_body_with_a_list_sends_several_texts_first() -> None:
    text = words(700)  # about 7000 characters, spaces only
    bodies = render(message(text, *"abcdef"))
    assert kinds(bodies) == ["text", "text", "interactive/list"]
    assert len(bodies[-1]["interactive"]["body"]["text"]) <= 1024
    parts = [b["text"]["body"] for b in bodies[:-1]] + [bodies[-1]["interactive"]["body"]["text"]]
    assert " ".join(parts) == text


def test_a_body_without_spaces_is_cut_hard_before_the_buttons() -> None:
    bodies = render(message("q" * 1500, "Yes", "No"))
    assert [len(b["text"]["body"]) for b in bodies[:-1]] == [476]
    assert len(bodies[-1]["interactive"]["body"]["text"]) == 1024


def test_a_body_of_exactly_1024_characters_stays_whole() -> None:
    bodies = render(message("r" * 1024, "Yes"))
    assert kinds(bodies) == ["interactive/button"]


@pytest.mark.parametrize(
    "ids",
    [["x" * 201, "ok"], ["", "ok"], ["same", "same"]],
    ids=["too-long", "empty", "repeated"],
)
def test_bad_button_ids_are_a_value_error(ids: list[str]) -> None:
    with pytest.raises(ValueError):
        render(message("?", "One", "Two", ids=ids))


def test_ids_of_200_characters_are_fine() -> None:
    assert render(message("?", "One", ids=["i" * 200]))


def test_blank_labels_and_blank_bodies_with_buttons_are_a_value_error() -> None:
    with pytest.raises(ValueError):
        render(message("?", " "))
    with pytest.raises(ValueError):
        render(message(" ", "Yes"))


# -- numbered choices, templates, documents ---------------------------------------------------


IDS = [f"place:{n}" for n in range(1, 13)]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("3", "place:3"),
        (" 3 ", "place:3"),
        ("3.", "place:3"),
        ("03", "place:3"),
        ("12", "place:12"),
        ("1", "place:1"),
        ("٣", "place:3"),  # Arabic-Indic digit
        ("۱۲", "place:12"),  # Persian digits
        ("0", None),
        ("13", None),
        ("-1", None),
        ("1.5", None),
        ("²", None),
        ("three", None),
        ("3 please", None),
        ("", None),
    ],
)
def test_numbered_choice(typed: str, expected: str | None) -> None:
    assert numbered_choice(typed, IDS) == expected


def test_numbered_choice_without_buttons() -> None:
    assert numbered_choice("1", []) is None


def test_template_message_with_parameters() -> None:
    assert template_message(USER, "meeting_reminder", "sv", ["Amal", "tisdag 14:00"]) == {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": USER,
        "type": "template",
        "template": {
            "name": "meeting_reminder",
            "language": {"code": "sv"},
            "components": [
                {
                    "type": "body",
                    "parameters": [
                        {"type": "text", "text": "Amal"},
                        {"type": "text", "text": "tisdag 14:00"},
                    ],
                }
            ],
        },
    }


def test_template_message_without_parameters_has_no_components() -> None:
    body = template_message(USER, "welcome_back", "en")
    assert body["template"] == {"name": "welcome_back", "language": {"code": "en"}}


@pytest.mark.parametrize(
    ("locale", "language"),
    [
        ("sv", "sv"),
        ("fi", "fi"),
        ("ar", "ar"),
        ("fa", "fa"),
        ("uk", "uk"),
        ("ru", "ru"),
        ("en", "en"),
        ("sv-SE", "sv"),
        ("fa_IR", "fa"),
        ("RU", "ru"),
        ("so", "en"),
        ("ti", "en"),
        ("", "en"),
    ],
)
def test_template_language(locale: str, language: str) -> None:
    assert template_language(locale) == language


def test_template_languages_are_their_own_codes() -> None:
    assert set(WHATSAPP_LANGUAGE) == {"sv", "fi", "en", "ar", "fa", "uk", "ru"}


def test_document_message() -> None:
    assert document_message(USER, "1234", "meeting.ics") == {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": USER,
        "type": "document",
        "document": {"id": "1234", "filename": "meeting.ics"},
    }


# -- errors -----------------------------------------------------------------------------------


def graph_error(code: int) -> JSON:
    return {
        "error": {
            "message": f"(#{code}) something",
            "type": "OAuthException",
            "code": code,
            "error_subcode": 2494010,
            "fbtrace_id": "AbCdEf",
        }
    }


@pytest.mark.parametrize(
    ("status", "body", "kind"),
    [
        (429, {}, "retry"),
        (500, {}, "retry"),
        (503, graph_error(131000), "retry"),
        (400, graph_error(4), "retry"),
        (400, graph_error(80007), "retry"),
        (400, graph_error(130429), "retry"),
        (400, graph_error(131048), "retry"),
        (400, graph_error(131056), "retry"),
        (400, graph_error(131047), "outside_window"),
        (400, graph_error(131026), "unreachable"),
        (400, graph_error(131021), "unreachable"),
        (401, {}, "auth"),
        (401, graph_error(190), "auth"),
        (400, graph_error(190), "auth"),
        (400, graph_error(100), "permanent"),
        (403, graph_error(200), "permanent"),
        (404, {}, "permanent"),
        (400, {"error": "not an object"}, "permanent"),
        (400, {"error": {"code": "131047"}}, "permanent"),
    ],
)
def test_classify_error(status: int, body: JSON, kind: str) -> None:
    assert classify_error(status, body) == kind


# -- the fake Cloud API -----------------------------------------------------------------------


RENDERINGS: dict[str, OutboundMessage] = {
    "no-buttons": message("Hello"),
    "long-text": message(words(1500, line_every=7)),
    "long-text-no-breaks": message("x" * 9000),
    "two-buttons": message("Is this right?", "Yes", "No"),
    "three-buttons": message("Choose", "a" * 20, "Ja, det passar bra", "Nej tack"),
    "three-with-long-label": message("When?", "Monday", "Tuesday", "b" * 21),
    "four-buttons": message("Pick a day", "Mon", "Tue", "Wed", "Thu"),
    "ten-buttons": message("Occupation?", *[f"Occupation {n}" for n in range(10)]),
    "eleven-buttons": message("Where?", *[f"Place {n}" for n in range(1, 12)]),
    "long-labels": message(
        "Which?", "Nurse", "Specialistsjuksköterska inom intensivvård", "Z" * 99
    ),
    "long-body-buttons": message(words(300, line_every=5), "Yes", "No"),
    "long-body-list": message(words(1000), *"abcdef"),
    "unbroken-body-buttons": message("q" * 1500, "Yes", "No"),
    "emoji-and-rtl": message("مرحبا 👋 — هل يناسبك؟", "نعم 👍", "لا"),
    "long-ids": message("?", "One", "Two", ids=["i" * 200, "j" * 200]),
}


@pytest.mark.parametrize("name", list(RENDERINGS))
async def test_every_rendering_is_accepted(
    name: str, api: FakeWhatsAppAPI, http: aiohttp.ClientSession
) -> None:
    api.user_wrote(USER)
    bodies = render(RENDERINGS[name], menu_label="Choose one option")
    for body in bodies:
        status, answer = await post(http, api, body)
        assert status == 200, answer
    assert api.sent(USER) == bodies


async def test_templates_and_documents_are_accepted(
    api: FakeWhatsAppAPI, http: aiohttp.ClientSession
) -> None:
    status, answer = await post(http, api, template_message(USER, "reminder", "sv", ["Amal"]))
    assert status == 200, answer
    status, answer = await post(http, api, template_message(USER, "welcome", "en"))
    assert status == 200, answer
    api.user_wrote(USER)
    _, media = await upload(http, api, b"BEGIN:VCALENDAR", "meeting.ics")
    status, answer = await post(http, api, document_message(USER, media["id"], "meeting.ics"))
    assert status == 200, answer


async def test_a_successful_send_answers_like_the_cloud_api(
    api: FakeWhatsAppAPI, http: aiohttp.ClientSession
) -> None:
    api.user_wrote(USER)
    status, answer = await post(http, api, render(message("Hi"))[0])
    assert status == 200
    assert answer["messaging_product"] == "whatsapp"
    assert answer["contacts"] == [{"input": USER, "wa_id": USER}]
    (sent,) = answer["messages"]
    assert sent["id"].startswith("wamid.")
    _, again = await post(http, api, render(message("Hi again"))[0])
    assert again["messages"][0]["id"] != sent["id"]
    call = api.calls[0]
    assert (call.method, call.path, call.status) == ("POST", f"/{VERSION}/{PHONE_ID}/messages", 200)
    assert call.json == render(message("Hi"))[0]
    assert call.response == answer


@pytest.mark.parametrize("token", [None, "wrong-token", ""])
async def test_a_bad_token_is_refused(
    token: str | None, api: FakeWhatsAppAPI, http: aiohttp.ClientSession
) -> None:
    api.user_wrote(USER)
    status, answer = await post(http, api, render(message("Hi"))[0], token=token)
    assert status == 401
    assert answer["error"]["code"] == 190
    assert answer["error"]["type"] == "OAuthException"
    assert classify_error(status, answer) == "auth"
    assert api.sent() == []


async def test_another_phone_number_id_is_refused(
    api: FakeWhatsAppAPI, http: aiohttp.ClientSession
) -> None:
    api.user_wrote(USER)
    status, answer = await post(http, api, render(message("Hi"))[0], phone_id="999")
    assert (status, answer["error"]["code"]) == (400, 100)
    assert classify_error(status, answer) == "permanent"


@pytest.mark.parametrize("path", ["/v21.0/me", "/nonsense", "/latest/106540352242922/messages"])
async def test_unknown_paths_are_not_found(
    path: str, api: FakeWhatsAppAPI, http: aiohttp.ClientSession
) -> None:
    async with http.post(api.base_url + path, json={}) as response:
        assert response.status == 404
        answer = await response.json()
    assert answer["error"]["type"] == "OAuthException"
    assert "Unknown path" in answer["error"]["message"]


def _buttons(*titles: str, ids: list[str] | None = None) -> JSON:
    ids = ids or [f"b{n}" for n in range(len(titles))]
    replies = [
        {"type": "reply", "reply": {"id": i, "title": t}} for i, t in zip(ids, titles, strict=True)
    ]
    return {
        "messaging_product": "whatsapp",
        "to": USER,
        "type": "interactive",
        "interactive": {"type": "button", "body": {"text": "?"}, "action": {"buttons": replies}},
    }


def _list(*rows: JSON, button: str = "Choose", body: str = "?") -> JSON:
    return {
        "messaging_product": "whatsapp",
        "to": USER,
        "type": "interactive",
        "interactive": {
            "type": "list",
            "body": {"text": body},
            "action": {"button": button, "sections": [{"rows": list(rows)}]},
        },
    }


def _rows(count: int) -> list[JSON]:
    return [{"id": f"r{n}", "title": f"Row {n}"} for n in range(count)]


def _text(body: Any) -> JSON:
    return {"messaging_product": "whatsapp", "to": USER, "type": "text", "text": {"body": body}}


INVALID: dict[str, JSON] = {
    "empty-text": _text(""),
    "text-4097": _text("t" * 4097),
    "text-not-string": _text(42),
    "no-text-object": {"messaging_product": "whatsapp", "to": USER, "type": "text"},
    "wrong-product": {**_text("hi"), "messaging_product": "sms"},
    "no-product": {k: v for k, v in _text("hi").items() if k != "messaging_product"},
    "no-to": {k: v for k, v in _text("hi").items() if k != "to"},
    "bad-type": {**_text("hi"), "type": "image"},
    "group-recipient": {**_text("hi"), "recipient_type": "group"},
    "four-buttons": _buttons("a", "b", "c", "d"),
    "no-buttons": _buttons(),
    "button-title-21": _buttons("x" * 21),
    "button-title-empty": _buttons(""),
    "button-ids-repeated": _buttons("a", "b", ids=["same", "same"]),
    "button-id-257": _buttons("a", ids=["i" * 257]),
    "button-body-1025": {
        **_buttons("a"),
        "interactive": {**_buttons("a")["interactive"], "body": {"text": "b" * 1025}},
    },
    "list-11-rows": _list(*_rows(11)),
    "list-no-rows": _list(),
    "list-row-title-25": _list({"id": "r", "title": "t" * 25}),
    "list-row-description-73": _list({"id": "r", "title": "t", "description": "d" * 73}),
    "list-row-id-201": _list({"id": "i" * 201, "title": "t"}),
    "list-row-ids-repeated": _list({"id": "r", "title": "a"}, {"id": "r", "title": "b"}),
    "list-button-21": _list(*_rows(2), button="m" * 21),
    "list-button-empty": _list(*_rows(2), button=""),
    "list-body-1025": _list(*_rows(2), body="b" * 1025),
    "interactive-unknown-type": {
        "messaging_product": "whatsapp",
        "to": USER,
        "type": "interactive",
        "interactive": {"type": "carousel", "body": {"text": "?"}, "action": {}},
    },
    "template-no-name": {
        **template_message(USER, "x", "en"),
        "template": {"language": {"code": "en"}},
    },
    "template-no-language": {**template_message(USER, "x", "en"), "template": {"name": "x"}},
    "document-unknown-media": document_message(USER, "424242", "meeting.ics"),
    "document-no-id": {**document_message(USER, "1", "a.ics"), "document": {"filename": "a"}},
}


@pytest.mark.parametrize("name", list(INVALID))
async def test_invalid_bodies_are_refused_with_code_100(
    name: str, api: FakeWhatsAppAPI, http: aiohttp.ClientSession
) -> None:
    api.user_wrote(USER)
    status, answer = await post(http, api, INVALID[name])
    assert status == 400, answer
    error = answer["error"]
    assert (error["code"], error["type"], error["message"]) == (
        100,
        "OAuthException",
        "(#100) Invalid parameter",
    )
    assert error["error_data"]["details"]
    assert error["fbtrace_id"]
    assert classify_error(status, answer) == "permanent"
    assert api.sent() == []
    assert api.calls[-1].status == 400


async def test_limits_themselves_are_accepted(
    api: FakeWhatsAppAPI, http: aiohttp.ClientSession
) -> None:
    api.user_wrote(USER)
    at_limits = [
        _text("t" * 4096),
        _buttons("x" * 20, "y", "z", ids=["i" * 256, "b", "c"]),
        _list(*_rows(10), button="m" * 20, body="b" * 1024),
        _list({"id": "i" * 200, "title": "t" * 24, "description": "d" * 72}),
    ]
    for body in at_limits:
        status, answer = await post(http, api, body)
        assert status == 200, answer


async def test_a_body_that_is_not_json_is_refused(
    api: FakeWhatsAppAPI, http: aiohttp.ClientSession
) -> None:
    url = f"{api.base_url}/{VERSION}/{PHONE_ID}/messages"
    headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    async with http.post(url, data=b"{not json", headers=headers) as response:
        assert response.status == 400
        assert (await response.json())["error"]["code"] == 100


async def test_no_message_before_the_user_wrote(
    api: FakeWhatsAppAPI, http: aiohttp.ClientSession
) -> None:
    status, answer = await post(http, api, render(message("Hi"))[0])
    assert (status, answer["error"]["code"]) == (400, 131047)
    assert "24 hours" in answer["error"]["error_data"]["details"]
    assert classify_error(status, answer) == "outside_window"


async def test_the_window_closes_24_hours_after_the_last_inbound_message(
    api: FakeWhatsAppAPI, http: aiohttp.ClientSession, clock: Clock
) -> None:
    api.user_wrote(USER)
    body = render(message("Still there?", "Yes", "No"))[0]
    clock.at += DAY - 1
    assert (await post(http, api, body))[0] == 200
    clock.at += 1
    status, answer = await post(http, api, body)
    assert (status, answer["error"]["code"]) == (400, 131047)
    # A template may still be sent; a new message from the user reopens the window.
    status, _ = await post(http, api, template_message(USER, "check_in", "sv"))
    assert status == 200
    api.user_wrote(USER)
    assert (await post(http, api, body))[0] == 200


async def test_the_window_is_per_user_and_can_be_opened_in_the_past(
    api: FakeWhatsAppAPI, http: aiohttp.ClientSession, clock: Clock
) -> None:
    other = "46700000002"
    api.user_wrote(USER)
    api.user_wrote(other, at=clock.at - DAY - 5)
    assert (await post(http, api, render(message("Hi"))[0]))[0] == 200
    other_body = render(OutboundMessage("whatsapp", other, "Hi"))[0]
    status, answer = await post(http, api, other_body)
    assert (status, answer["error"]["code"]) == (400, 131047)


async def test_fail_next_queues_errors_for_message_calls(
    api: FakeWhatsAppAPI, http: aiohttp.ClientSession
) -> None:
    api.user_wrote(USER)
    api.fail_next(400, 130429)
    api.fail_next(500, 131000, "Something went wrong")
    body = render(message("Hi"))[0]
    status, answer = await post(http, api, body)
    assert (status, answer["error"]["code"]) == (400, 130429)
    assert answer["error"]["message"] == "(#130429) Rate limit hit"
    assert classify_error(status, answer) == "retry"
    status, answer = await post(http, api, body)
    assert (status, answer["error"]["code"]) == (500, 131000)
    assert classify_error(status, answer) == "retry"
    assert (await post(http, api, body))[0] == 200
    assert [call.status for call in api.calls] == [400, 500, 200]
    assert len(api.sent()) == 1


async def test_fail_next_still_requires_the_token(
    api: FakeWhatsAppAPI, http: aiohttp.ClientSession
) -> None:
    api.user_wrote(USER)
    api.fail_next(400, 131026)
    status, _ = await post(http, api, render(message("Hi"))[0], token="wrong")
    assert status == 401
    status, answer = await post(http, api, render(message("Hi"))[0])
    assert classify_error(status, answer) == "unreachable"


async def test_media_upload_records_the_file(
    api: FakeWhatsAppAPI, http: aiohttp.ClientSession
) -> None:
    data = b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
    status, answer = await upload(http, api, data, "meeting.ics")
    assert status == 200
    (media,) = api.media
    assert answer == {"id": media.media_id}
    assert (media.filename, media.mime, media.data) == ("meeting.ics", "text/calendar", data)
    assert api.calls[-1].path == f"/{VERSION}/{PHONE_ID}/media"
    assert api.calls[-1].json == {
        "messaging_product": "whatsapp",
        "type": "text/calendar",
        "file": "meeting.ics",
    }


async def test_media_upload_needs_the_product_and_the_token(
    api: FakeWhatsAppAPI, http: aiohttp.ClientSession
) -> None:
    status, answer = await upload(http, api, b"x", "a.ics", messaging_product="sms")
    assert (status, answer["error"]["code"]) == (400, 100)
    url = f"{api.base_url}/{VERSION}/{PHONE_ID}/media"
    auth = {"Authorization": f"Bearer {TOKEN}"}
    form_data = {"messaging_product": "whatsapp"}
    async with http.post(url, data=form_data, headers=auth) as response:
        assert response.status == 400  # not multipart
    form = aiohttp.FormData({"messaging_product": "whatsapp", "type": "text/plain"})
    form.add_field("file", b"x", filename="a.txt")
    async with http.post(url, data=form) as response:
        assert response.status == 401
    assert api.media == []


async def test_sent_and_wait_for(api: FakeWhatsAppAPI, http: aiohttp.ClientSession) -> None:
    other = "46700000002"
    api.user_wrote(USER)
    api.user_wrote(other)
    await post(http, api, render(message("one"))[0])
    await post(http, api, render(OutboundMessage("whatsapp", other, "two"))[0])
    assert [body["text"]["body"] for body in api.sent()] == ["one", "two"]
    assert [body["text"]["body"] for body in await api.wait_for(other, 1)] == ["two"]
    with pytest.raises(AssertionError, match="expected 2 messages"):
        await api.wait_for(USER, 2, timeout=0.05)


# -- the fake's webhook builders --------------------------------------------------------------


async def test_webhook_builders_parse_as_the_real_ones(
    api: FakeWhatsAppAPI, http: aiohttp.ClientSession, clock: Clock
) -> None:
    api.user_wrote(USER)
    _, answer = await post(http, api, render(message("Ready?", "Yes", "No"))[0])
    ours = answer["messages"][0]["id"]
    payloads = [
        api.text_webhook(USER, "Hej", name="Bo"),
        api.button_webhook(USER, "choice:0", "Yes"),
        api.button_webhook(USER, "choice:1", "No", list_reply=True),
        api.template_button_webhook(USER, "proposal:accept:1", "Accept"),
        api.image_webhook(USER),
    ]
    parsed = [parse_webhook(payload).messages[0] for payload in payloads]
    assert [(m.kind, m.text, m.button_id) for m in parsed] == [
        ("text", "Hej", None),
        ("button", "Yes", "choice:0"),
        ("button", "No", "choice:1"),
        ("template_button", "Accept", "proposal:accept:1"),
        ("unsupported", None, None),
    ]
    assert all(m.wa_id == USER and m.phone_number_id == PHONE_ID for m in parsed)
    assert all(m.timestamp == int(clock.at) for m in parsed)
    ids = [m.message_id for m in parsed] + [ours]
    assert all(i.startswith("wamid.") for i in ids)
    assert len(set(ids)) == len(ids)
    # A button press replies to the bot's last message there.
    assert payloads[1]["entry"][0]["changes"][0]["value"]["messages"][0]["context"]["id"] == ours
    contacts = payloads[0]["entry"][0]["changes"][0]["value"]["contacts"]
    assert contacts == [{"profile": {"name": "Bo"}, "wa_id": USER}]


def test_text_webhook_for_another_number(api: FakeWhatsAppAPI) -> None:
    payload = api.text_webhook(USER, "hi", phone_number_id="555")
    assert parse_webhook(payload).messages[0].phone_number_id == "555"


def test_status_webhooks_parse(api: FakeWhatsAppAPI) -> None:
    (read,) = parse_webhook(api.status_webhook("wamid.X", "read", USER)).statuses
    assert (read.message_id, read.status, read.recipient_id, read.error_code) == (
        "wamid.X",
        "read",
        USER,
        None,
    )
    (failed,) = parse_webhook(
        api.status_webhook("wamid.Y", "failed", USER, error_code=131047)
    ).statuses
    assert (failed.status, failed.error_code, failed.error_title) == (
        "failed",
        131047,
        "Re-engagement message",
    )


def test_signed_webhook_verifies(api: FakeWhatsAppAPI) -> None:
    body = json.dumps(api.text_webhook(USER, "hi")).encode()
    header = sign(body, SECRET)
    assert header.startswith("sha256=") and len(header) == 71
    assert verify_signature(body, header, SECRET)
    assert not verify_signature(body, header, "other")
