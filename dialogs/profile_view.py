"""A person's profile as lines of localised text, shared by the summary and /profile."""

from __future__ import annotations

from doorway.dialogs.steps import Choice, Context, Term, Terms
from doorway.storage.records import Person, Role

GENDER_TOKENS = ("woman", "man", "non-binary")


def profile_lines(ctx: Context) -> tuple[Term, ...]:
    """One line per field the person has filled in, in the order they were asked."""
    person = ctx.person
    lines = [Term("profile-line-name", {"value": person.first_name or "–"})]
    if person.role:
        lines.append(Term("profile-line-role", {"role": person.role}))
    if person.role == Role.COORDINATOR:
        return tuple(lines)
    lines.append(Term("profile-line-gender", {"value": gender_value(person)}))
    lines.append(Term("profile-line-occupation", {"value": occupation_value(ctx)}))
    if person.years_experience is not None:
        lines.append(Term("profile-line-experience", {"years": person.years_experience}))
    lines.append(Term("profile-line-languages", {"value": languages_value(person)}))
    lines.append(Term("profile-line-place", {"value": place_value(person)}))
    if person.digital_ok is not None:
        lines.append(Term("profile-line-online", {"ok": "yes" if person.digital_ok else "no"}))
    if person.role == Role.DOOR_OPENER and person.monthly_capacity is not None:
        lines.append(Term("profile-line-capacity", {"count": person.monthly_capacity}))
    if person.role == Role.NEWCOMER:
        lines.append(Term("profile-line-intro", {"value": person.intro or "–"}))
    return tuple(lines)


def edit_choices(person: Person) -> tuple[Choice, ...]:
    """One edit button per field group the person's role has."""
    groups = ["name"]
    if person.role != Role.COORDINATOR:
        groups += ["gender", "occupation", "experience", "languages", "place"]
        groups.append("capacity" if person.role == Role.DOOR_OPENER else "intro")
    groups.append("language")
    return tuple(Choice(f"edit:{group}", f"button-edit-{group}") for group in groups)


def gender_value(person: Person) -> str | Term:
    """A localised word for an offered option, else the person's own words."""
    if person.gender is None:
        return Term("profile-not-given")
    if person.gender in GENDER_TOKENS:
        return Term(f"gender-{person.gender}")
    return person.gender


def occupation_value(ctx: Context) -> str | Term:
    """The chosen occupation in the person's locale, or what they typed if none was chosen."""
    person = ctx.person
    if person.occupation_uri:
        return ctx.suggester.label(person.occupation_uri, person.locale) or (
            person.occupation_label or person.occupation_uri
        )
    if person.occupation_isco and person.occupation_label:
        # A field picked from the sector tree: its title, in the person's locale.
        return ctx.suggester.isco_title(person.occupation_isco, person.locale) or (
            person.occupation_label
        )
    return person.occupation_raw or Term("profile-not-given")


def languages_value(person: Person) -> Terms | Term:
    """The meeting languages as localised names."""
    if not person.meeting_languages:
        return Term("profile-not-given")
    return Terms(tuple(Term(f"language-{code}") for code in person.meeting_languages))


def place_value(person: Person) -> str | Term:
    """Municipality and country, or 'online only'."""
    country = Term(f"country-{person.country}") if person.country else None
    if person.municipality is None:
        return Term("place-online-only", {"country": country or "–"})
    if country is None:
        return person.municipality
    return Term("place-in-country", {"municipality": person.municipality, "country": country})
