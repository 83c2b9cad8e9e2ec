"""Use cases: the only layer that opens transactions. No Qt, no ReportLab."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from mesodesk.services.context import Actor, ServiceContext

if TYPE_CHECKING:
    from mesodesk.services.audit import AuditService
    from mesodesk.services.backup import BackupService
    from mesodesk.services.catalogue import CatalogueService
    from mesodesk.services.clinic import ClinicService
    from mesodesk.services.erasure import ErasureService
    from mesodesk.services.exports import ExportService
    from mesodesk.services.followups import FollowUpService
    from mesodesk.services.outcomes import OutcomeService
    from mesodesk.services.patients import PatientService
    from mesodesk.services.photos import PhotoService
    from mesodesk.services.reactions import ReactionService
    from mesodesk.services.recall import RecallService
    from mesodesk.services.reporting import ReportingService
    from mesodesk.services.sessions import SessionService
    from mesodesk.services.today import TodayService
    from mesodesk.services.users import UserService


@dataclass
class Services:
    """Every service for one signed-in user; handed to the GUI and the CLI.

    Each service is made (and its module imported) the first time it is used, which keeps start-up short.
    """

    ctx: ServiceContext

    @cached_property
    def patients(self) -> PatientService:
        from mesodesk.services.patients import PatientService

        return PatientService(self.ctx)

    @cached_property
    def sessions(self) -> SessionService:
        from mesodesk.services.sessions import SessionService

        return SessionService(self.ctx)

    @cached_property
    def reactions(self) -> ReactionService:
        from mesodesk.services.reactions import ReactionService

        return ReactionService(self.ctx)

    @cached_property
    def followups(self) -> FollowUpService:
        from mesodesk.services.followups import FollowUpService

        return FollowUpService(self.ctx)

    @cached_property
    def catalogue(self) -> CatalogueService:
        from mesodesk.services.catalogue import CatalogueService

        return CatalogueService(self.ctx)

    @cached_property
    def clinic(self) -> ClinicService:
        from mesodesk.services.clinic import ClinicService

        return ClinicService(self.ctx)

    @cached_property
    def recall(self) -> RecallService:
        from mesodesk.services.recall import RecallService

        return RecallService(self.ctx)

    @cached_property
    def users(self) -> UserService:
        from mesodesk.services.users import UserService

        return UserService(self.ctx)

    @cached_property
    def photos(self) -> PhotoService:
        from mesodesk.services.photos import PhotoService

        return PhotoService(self.ctx)

    @cached_property
    def exports(self) -> ExportService:
        from mesodesk.services.exports import ExportService

        return ExportService(self.ctx)

    @cached_property
    def outcomes(self) -> OutcomeService:
        from mesodesk.services.outcomes import OutcomeService

        return OutcomeService(self.ctx)

    @cached_property
    def reporting(self) -> ReportingService:
        from mesodesk.services.reporting import ReportingService

        return ReportingService(self.ctx)

    @cached_property
    def audit(self) -> AuditService:
        from mesodesk.services.audit import AuditService

        return AuditService(self.ctx)

    @cached_property
    def backup(self) -> BackupService:
        from mesodesk.services.backup import BackupService

        return BackupService(self.ctx)

    @cached_property
    def erasure(self) -> ErasureService:
        from mesodesk.services.erasure import ErasureService

        return ErasureService(self.ctx)

    @cached_property
    def today(self) -> TodayService:
        from mesodesk.services.today import TodayService

        return TodayService(self.ctx)

    def as_user(self, actor: Actor) -> Services:
        return Services(self.ctx.as_user(actor))
