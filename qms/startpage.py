"""The start page: panels of "what needs my attention", chosen by the user's roles.

Each app registers its panels (in its AppConfig.ready) with `@panel(...)`; the core does not import
the apps. A panel function gets the request and returns a context dict, or None to stay hidden.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from qms.models import Membership, OrganisationUnit, OutgoingEmail, Role, User


@dataclass(frozen=True)
class Panel:
    title: str
    template: str
    roles: frozenset[str]
    order: int
    build: Callable


_panels: list[Panel] = []


def panel(*, title: str, template: str, roles: list[str], order: int = 100):
    def register(build: Callable) -> Callable:
        _panels.append(Panel(title, template, frozenset(roles), order, build))
        _panels.sort(key=lambda p: p.order)
        return build

    return register


def panels_for(request) -> list[dict]:
    roles = request.user.roles()
    if request.user.is_superuser:
        roles.add(Role.ADMIN)
    shown = []
    for p in _panels:
        if not p.roles & roles:
            continue
        context = p.build(request)
        if context is not None:
            shown.append({"title": p.title, "template": p.template, **context})
    return shown


ALL_ROLES = [r.value for r in Role]


@panel(title=_("Mina roller"), template="qms/panels/my_roles.html", roles=ALL_ROLES, order=1000)
def my_roles(request) -> dict:
    return {"memberships": request.user.cached_memberships}


@panel(
    title=_("Min enhet"),
    template="qms/panels/my_unit.html",
    roles=[Role.MANAGER, Role.STAFF],
    order=10,
)
def my_unit(request) -> dict | None:
    membership = next(
        (m for m in request.user.cached_memberships if m.role in (Role.MANAGER, Role.STAFF)),
        None,
    )
    if membership is None:
        return None
    unit = membership.unit
    managers = (
        User.objects.filter(
            is_active=True,
            memberships__role=Role.MANAGER,
            memberships__unit__path__in=unit.ancestor_paths(),
        )
        .exclude(pk=request.user.pk)
        .only("username", "first_name", "last_name")  # str(user); DISTINCT over these alone
        .distinct()
    )
    # Counted by id: DISTINCT over a person's thirty columns cost more to build than to run.
    colleagues = (
        User.objects.filter(is_active=True, memberships__unit=unit)
        .exclude(pk=request.user.pk)
        .values("pk")
        .distinct()
    )
    return {
        "unit": unit,
        "managers": managers[:5],
        "colleague_count": colleagues.count(),
        "children": OrganisationUnit.objects.get_children(unit).filter(is_active=True)[:20],
    }


@panel(
    title=_("Organisationen i ditt ansvar"),
    template="qms/panels/organisation.html",
    roles=[Role.ADMIN, Role.COORDINATOR, Role.AUDITOR, Role.BOARD],
    order=20,
)
def organisation_overview(request) -> dict:
    units = OrganisationUnit.objects.visible_to(request.user)
    top = units.order_by("depth", "path").first()
    by_kind = units.active().values("kind").annotate(n=Count("pk")).order_by("kind")
    kinds = dict(OrganisationUnit.Kind.choices)
    return {
        "top": top,
        "counts": [(kinds.get(row["kind"], row["kind"]), row["n"]) for row in by_kind],
    }


@panel(
    title=_("Att hantera: konton och behörigheter"),
    template="qms/panels/accounts.html",
    roles=[Role.ADMIN, Role.COORDINATOR],
    order=30,
)
def accounts(request) -> dict:
    from axes.models import AccessAttempt

    users = User.objects.visible_to(request.user)
    # Accounts without any role. Only an admin can see one: everyone else sees themselves and
    # the members of their part of the tree, who all hold a role there (issue 12: counting the
    # memberships of every visible account took 50 ms at 6,000 accounts, to find none).
    no_role = (
        User.objects.filter(is_active=True)
        .exclude(Exists(Membership.objects.filter(user=OuterRef("pk"))))
        .order_by("last_name", "first_name", "username")
        if request.user.is_admin()
        else User.objects.none()
    )
    locked = AccessAttempt.objects.filter(failures_since_start__gte=settings.AXES_FAILURE_LIMIT)
    context = {
        "user_count": users.filter(is_active=True).count(),
        "without_role": no_role[:10],
        "locked_count": locked.count() if request.user.is_admin() else None,
    }
    if request.user.is_admin():
        context["failed_emails"] = OutgoingEmail.objects.filter(
            status=OutgoingEmail.Status.FAILED
        ).count()
    return context


# The board's "Rapporter" panel (approved management review packs) is registered by the reviews
# app (reviews/panels.py): the core does not import the apps.
