"""SAML views: allauth's, with refusals shown on our page instead of a bare 403."""

from __future__ import annotations

from allauth.socialaccount.providers.saml import views as allauth_views
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.utils.decorators import method_decorator

from identity.refusals import Refusal, refuse


@method_decorator(login_not_required, name="dispatch")
class FinishACSView(allauth_views.FinishACSView):
    def dispatch(self, request: HttpRequest, organization_slug) -> HttpResponse:
        try:
            return super().dispatch(request, organization_slug)
        except PermissionDenied:
            # allauth found no log-in started in this browser for the response's InResponseTo:
            # a response replayed, sent to another browser, or from a log-in started too long ago.
            return refuse(
                request,
                Refusal.INVALID,
                f"SAML response for {organization_slug} answers no request made in this session",
            )


acs = allauth_views.acs
finish_acs = FinishACSView.as_view()
sls = allauth_views.sls
metadata = allauth_views.metadata
login = allauth_views.login
