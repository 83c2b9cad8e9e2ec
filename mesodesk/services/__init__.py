"""Use cases: the only layer that opens transactions. No Qt, no ReportLab."""

from __future__ import annotations

from dataclasses import dataclass

from mesodesk.services.context import Actor, ServiceContext


@dataclass
class Services:
    """Every service for one signed-in user; handed to the GUI and the CLI."""

    ctx: ServiceContext

    def __post_init__(self) -> None:
        from mesodesk.services.catalogue import CatalogueService
        from mesodesk.services.clinic import ClinicService
        from mesodesk.services.followups import FollowUpService
        from mesodesk.services.patients import PatientService
        from mesodesk.services.photos import PhotoService
        from mesodesk.services.reactions import ReactionService
        from mesodesk.services.recall import RecallService
        from mesodesk.services.sessions import SessionService
        from mesodesk.services.users import UserService

        self.patients = PatientService(self.ctx)
        self.sessions = SessionService(self.ctx)
        self.reactions = ReactionService(self.ctx)
        self.followups = FollowUpService(self.ctx)
        self.catalogue = CatalogueService(self.ctx)
        self.clinic = ClinicService(self.ctx)
        self.recall = RecallService(self.ctx)
        self.users = UserService(self.ctx)
        self.photos = PhotoService(self.ctx)

    def as_user(self, actor: Actor) -> Services:
        return Services(self.ctx.as_user(actor))
