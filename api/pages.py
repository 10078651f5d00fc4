"""The pages where a person makes and revokes their API tokens and webhook subscriptions, and
where a coordinator makes service accounts with their tokens and subscriptions (Swedish,
server-rendered, usable on a phone)."""

from __future__ import annotations

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from api import services
from api.forms import ServiceAccountForm, TokenForm, WebhookForm
from api.models import AccessToken, ServiceAccount, WebhookDelivery, WebhookSubscription
from api.permissions import may_have_personal_tokens
from qms.forms import applied
from qms.models import User
from qms.submissions import submitted_once

SHOWN_KEY = "api_token_secret_{}"
WEBHOOK_SECRET_KEY = "api_webhook_secret_{}"


def personal(view):
    """Only for those who make their own tokens (api.permissions): 403 for the others."""

    @wraps(view)
    def checked(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not may_have_personal_tokens(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return checked


def _tokens_page(request: HttpRequest, owner: User, form: TokenForm, account=None):
    tokens = AccessToken.objects.filter(user=owner).select_related("created_by")
    return render(
        request,
        "api/token_list.html",
        {
            "form": form,
            "tokens": tokens,
            "account": account,
            "docs_url": reverse("api:docs"),
            "base_url": request.build_absolute_uri("/api/v1/"),
        },
    )


def _create_token(request: HttpRequest, owner: User, account=None) -> HttpResponse:
    form = TokenForm(request.POST or None)
    if request.method == "POST":
        made = {}

        def create(data):
            made["token"], made["secret"] = services.create_token(
                user=owner,
                by=request.user,
                name=data["name"],
                scope=data["scope"],
                expires_at=data["expires_at"],
            )

        if applied(form, create):
            token = made["token"]
            # Shown once, on the page the redirect leads to (a form sent twice makes one token).
            request.session[SHOWN_KEY.format(token.pk)] = made["secret"]
            return redirect("api_pages:token_shown", pk=token.pk)
    return _tokens_page(request, owner, form, account)


@require_http_methods(["GET", "POST"])
@submitted_once
def token_list(request: HttpRequest) -> HttpResponse:
    """The person's own tokens, and the form for a new one. Someone whose roles have no use
    for personal tokens (api.permissions) makes none, but still sees and can revoke those made
    before (when they had another role, say): 403 only when there is nothing to revoke."""
    if may_have_personal_tokens(request.user):
        return _create_token(request, request.user)
    if request.method == "POST" or not AccessToken.objects.filter(user=request.user).usable():
        raise PermissionDenied
    return _tokens_page(request, request.user, form=None)


def _managed_accounts(request: HttpRequest) -> list[int]:
    """The user ids of the service accounts the user manages."""
    accounts = ServiceAccount.objects.filter(
        user__in=User.objects.visible_to(request.user)
    ).select_related("user")
    return [a.user_id for a in accounts if request.user.has_perm("qms.manage_user", a.user)]


def _managed_account(request: HttpRequest, pk: int) -> ServiceAccount:
    """A service account the user sees (404 otherwise) and manages (403 otherwise)."""
    account = get_object_or_404(
        ServiceAccount.objects.filter(user__in=User.objects.visible_to(request.user)), pk=pk
    )
    if not request.user.has_perm("qms.manage_user", account.user):
        raise PermissionDenied
    return account


def _manageable_tokens(request: HttpRequest) -> QuerySet:
    """Tokens the user may see: their own and those of service accounts they manage."""
    return AccessToken.objects.filter(
        Q(user=request.user) | Q(user_id__in=_managed_accounts(request))
    )


@require_GET
@never_cache
def token_shown(request: HttpRequest, pk: int) -> HttpResponse:
    token = get_object_or_404(_manageable_tokens(request), pk=pk)
    secret = request.session.pop(SHOWN_KEY.format(token.pk), None)
    response = render(
        request,
        "api/token_shown.html",
        {
            "token": token,
            "secret": secret,
            "back_url": _back_url(token),
            "base_url": request.build_absolute_uri("/api/v1/"),
        },
    )
    response["Cache-Control"] = "no-store"
    return response


def _back_url(token: AccessToken) -> str:
    if hasattr(token.user, "service_account"):
        return reverse("api_pages:service_account", kwargs={"pk": token.user_id})
    return reverse("api_pages:tokens")


@require_POST
def token_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    token = get_object_or_404(_manageable_tokens(request), pk=pk)
    services.revoke_token(token, by=request.user)
    messages.success(request, _("Tokenet ”%(name)s” är spärrat.") % {"name": token.name})
    return redirect(_back_url(token))


manage_users = permission_required("qms.manage_users", raise_exception=True)


@require_GET
@manage_users
def service_account_list(request: HttpRequest) -> HttpResponse:
    accounts = (
        ServiceAccount.objects.filter(user__in=User.objects.visible_to(request.user))
        .select_related("user", "created_by")
        .prefetch_related("user__memberships__unit")
        .order_by("user__first_name")
    )
    return render(request, "api/service_account_list.html", {"accounts": accounts})


@require_http_methods(["GET", "POST"])
@manage_users
@submitted_once
def service_account_create(request: HttpRequest) -> HttpResponse:
    form = ServiceAccountForm(request.POST or None, actor=request.user)
    made = {}

    def create(data):
        made["account"] = services.create_service_account(
            by=request.user,
            name=data["name"],
            description=data["description"],
            unit=data["unit"],
            role=data["role"],
        )

    if request.method == "POST" and applied(form, create):
        messages.success(request, _("Tjänstekontot är skapat. Skapa ett token åt det här."))
        return redirect("api_pages:service_account", pk=made["account"].pk)
    return render(
        request,
        "form_page.html",
        {
            "form": form,
            "title": _("Nytt tjänstekonto"),
            "back_url": reverse("api_pages:service_accounts"),
            "back_label": _("Tjänstekonton"),
        },
    )


@require_http_methods(["GET", "POST"])
@submitted_once
def service_account_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """A service account's tokens and the form for a new one (its roles are on its user page)."""
    account = _managed_account(request, pk)
    return _create_token(request, account.user, account)


# Webhook subscriptions -------------------------------------------------------------------------


def _webhooks_page(request: HttpRequest, owner: User, account=None) -> HttpResponse:
    form = WebhookForm(request.POST or None)
    made = {}

    def create(data):
        made["subscription"] = services.create_subscription(
            owner=owner,
            by=request.user,
            name=data["name"],
            url=data["url"],
            events=data["event_types"],
        )

    if request.method == "POST" and applied(form, create):
        subscription = made["subscription"]
        # The signing key is shown once, on the page the redirect leads to.
        request.session[WEBHOOK_SECRET_KEY.format(subscription.pk)] = subscription.secret
        return redirect("api_pages:webhook", pk=subscription.pk)
    Status = WebhookDelivery.Status
    subscriptions = WebhookSubscription.objects.filter(owner=owner).annotate(
        delivered=Count("deliveries", filter=Q(deliveries__status=Status.DELIVERED)),
        waiting=Count(
            "deliveries", filter=Q(deliveries__status__in=[Status.PENDING, Status.SENDING])
        ),
        failed=Count("deliveries", filter=Q(deliveries__status=Status.FAILED)),
    )
    return render(
        request,
        "api/webhook_list.html",
        {"form": form, "subscriptions": subscriptions, "account": account},
    )


@require_http_methods(["GET", "POST"])
@personal
@submitted_once
def webhook_list(request: HttpRequest) -> HttpResponse:
    """The person's own webhook subscriptions, and the form for a new one."""
    return _webhooks_page(request, request.user)


@require_http_methods(["GET", "POST"])
@submitted_once
def service_account_webhooks(request: HttpRequest, pk: int) -> HttpResponse:
    account = _managed_account(request, pk)
    return _webhooks_page(request, account.user, account)


def _manageable_subscriptions(request: HttpRequest) -> QuerySet:
    """Subscriptions the user may see: their own and those of service accounts they manage."""
    return WebhookSubscription.objects.filter(
        Q(owner=request.user) | Q(owner_id__in=_managed_accounts(request))
    )


def _webhooks_url(subscription: WebhookSubscription) -> str:
    if hasattr(subscription.owner, "service_account"):
        return reverse("api_pages:service_account_webhooks", kwargs={"pk": subscription.owner_id})
    return reverse("api_pages:webhooks")


@require_GET
@never_cache
def webhook_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """One subscription: its signing key (once, just made) and the delivery log."""
    subscription = get_object_or_404(
        _manageable_subscriptions(request).select_related("owner__service_account"), pk=pk
    )
    secret = request.session.pop(WEBHOOK_SECRET_KEY.format(subscription.pk), None)
    deliveries = (
        subscription.deliveries.select_related("event")
        .prefetch_related("log")
        .order_by("-created_at", "-id")[:50]
    )
    response = render(
        request,
        "api/webhook_detail.html",
        {
            "subscription": subscription,
            "secret": secret,
            "deliveries": deliveries,
            "back_url": _webhooks_url(subscription),
        },
    )
    response["Cache-Control"] = "no-store"
    return response


@require_POST
def webhook_delete(request: HttpRequest, pk: int) -> HttpResponse:
    subscription = get_object_or_404(
        _manageable_subscriptions(request).select_related("owner__service_account"), pk=pk
    )
    back = _webhooks_url(subscription)
    services.delete_subscription(subscription, by=request.user)
    messages.success(
        request, _("Prenumerationen ”%(name)s” är borttagen.") % {"name": subscription.name}
    )
    return redirect(back)
