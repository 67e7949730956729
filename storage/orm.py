"""Maps the plain records onto the tables (classical mapping keeps records free of SQLAlchemy)."""

from __future__ import annotations

from sqlalchemy.orm import registry

from doorway.storage import records, tables

mapper_registry = registry(metadata=tables.metadata)
_mapped = False


def start_mappers() -> None:
    """Map every record class once per process."""
    global _mapped
    if _mapped:
        return
    mapper_registry.map_imperatively(records.Person, tables.people)
    mapper_registry.map_imperatively(records.Conversation, tables.conversations)
    mapper_registry.map_imperatively(records.Job, tables.jobs)
    mapper_registry.map_imperatively(records.OutboxMessage, tables.outbox)
    mapper_registry.map_imperatively(records.Proposal, tables.proposals)
    mapper_registry.map_imperatively(records.Meeting, tables.meetings)
    mapper_registry.map_imperatively(records.Event, tables.events)
    mapper_registry.map_imperatively(records.EventRsvp, tables.event_rsvps)
    mapper_registry.map_imperatively(records.Organisation, tables.organisations)
    mapper_registry.map_imperatively(records.Invite, tables.invites)
    mapper_registry.map_imperatively(records.Introduction, tables.introductions)
    mapper_registry.map_imperatively(records.SurveyRun, tables.survey_runs)
    mapper_registry.map_imperatively(records.SurveyAnswer, tables.survey_answers)
    mapper_registry.map_imperatively(records.AuditEntry, tables.audit_log)
    mapper_registry.map_imperatively(records.Broadcast, tables.broadcasts)
    mapper_registry.map_imperatively(records.MisconductReport, tables.misconduct_reports)
    _mapped = True
