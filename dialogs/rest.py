"""The steps outside any flow: idle, viewing the profile, and onboarding put on hold."""

from __future__ import annotations

from typing import TYPE_CHECKING

from doorway.dialogs.profile_view import edit_choices, profile_lines
from doorway.dialogs.steps import Answer, Choice, Invalid, Say

if TYPE_CHECKING:
    from doorway.dialogs.engine import ConversationEngine, Turn

REST_STEPS = ("idle", "profile", "on_hold")


def ask_rest(_engine: ConversationEngine, turn: Turn) -> list[Say]:
    """What a resting conversation says when asked again."""
    if turn.step == "profile":
        choices = (*edit_choices(turn.person), Choice("profile:close", "button-close"))
        return [Say("profile-view", choices=choices, lines=profile_lines(turn.ctx))]
    if turn.step == "on_hold":
        return [Say("on-hold-hint")]
    return [Say("idle-hint", {"role": turn.person.role or "", "status": turn.person.status})]


def take_rest(engine: ConversationEngine, turn: Turn, answer: Answer) -> list[Say]:
    """A text or button while resting: close the profile, or a hint about what to do."""
    if turn.step == "profile":
        if answer.button == "profile:close":
            turn.conversation.step = "idle"
            return [Say("profile-closed")]
        engine.complain(turn, Invalid("error-use-buttons"))
        return []
    return ask_rest(engine, turn)
