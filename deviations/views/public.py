"""The public pages for citizens: leave a synpunkt, get a receipt, follow it; no login.

They work without JavaScript and without a user account. The tracking page shows the status and
the answer, nothing else: not the unit's handling, not the actions, not the handler's name.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_not_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from deviations import feedback_services
from deviations.feedback_forms import PublicFeedbackForm
from deviations.models import AccessibilityStatement, Feedback
from qms.net import client_ip
from qms.submissions import posted_token, submitted_once

RECEIPT_SESSION_KEY = "feedback_receipt"


def _remember_receipt(request: HttpRequest, feedback: Feedback, tracking_token: str) -> None:
    request.session[RECEIPT_SESSION_KEY] = {
        "number": feedback.number,
        "tracking_path": feedback_services.tracking_path(tracking_token),
        "email": bool(feedback.contact_email),
    }


def _receipt_again(request: HttpRequest, submission_token: str) -> None:
    """The same form was sent again (its answer never arrived): the same receipt once more."""
    tracking_token = feedback_services.tracking_token_for(submission_token)
    feedback = feedback_services.find_by_token(tracking_token)
    if feedback is not None:
        _remember_receipt(request, feedback, tracking_token)


@login_not_required
@require_http_methods(["GET", "POST"])
@submitted_once(on_repeat=_receipt_again)
def feedback_form(request: HttpRequest) -> HttpResponse:
    status = 200
    if request.method == "POST":
        form = PublicFeedbackForm(request.POST)
        # The address the proxy saw (qms.net); one that cannot be read is one shared client.
        address = client_ip(request) or "unknown"
        if form.is_robot:
            feedback_services.record_attempt(address)
            form.add_error(
                None,
                _(
                    "Synpunkten skickades inte, eftersom fältet ”Lämna detta fält tomt” var "
                    "ifyllt. Det brukar göras av automatiska program. Töm fältet och skicka igen."
                ),
            )
            status = 400
        elif form.is_valid():
            data = form.cleaned_data
            submission_token = posted_token(request)
            tracking_token = (
                feedback_services.tracking_token_for(submission_token) if submission_token else None
            )
            try:
                feedback, token = feedback_services.submit_feedback(
                    activity=data["activity"],
                    kind=data["kind"],
                    text=data["text"],
                    contact_name=data["contact_name"],
                    contact_email=data["contact_email"],
                    contact_phone=data["contact_phone"],
                    address=address,
                    tracking_token=tracking_token,
                )
            except feedback_services.RateLimited:
                form.add_error(
                    None,
                    _(
                        "Synpunkten skickades inte: många synpunkter har skickats från din "
                        "uppkoppling den senaste timmen. Din text finns kvar nedan. Försök igen "
                        "om en timme, eller ring kommunens kontaktcenter."
                    ),
                )
                status = 429
            else:
                _remember_receipt(request, feedback, token)
                return redirect("feedback_public:receipt")
        else:
            status = 400
    else:
        form = PublicFeedbackForm()
    return render(request, "deviations/public/feedback_form.html", {"form": form}, status=status)


@login_not_required
@require_GET
def receipt(request: HttpRequest) -> HttpResponse:
    """The receipt, once: the tracking link is shown to the browser that sent the synpunkt."""
    details = request.session.pop(RECEIPT_SESSION_KEY, None)
    if details is None:
        return redirect("feedback_public:form")
    response = render(request, "deviations/public/receipt.html", details)
    response["Cache-Control"] = "no-store"
    return response


@login_not_required
@require_GET
def track(request: HttpRequest, token: str) -> HttpResponse:
    feedback = feedback_services.find_by_token(token)
    if feedback is None:
        raise Http404
    response = render(request, "deviations/public/track.html", {"feedback": feedback})
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


@login_not_required
@require_GET
def accessibility(request: HttpRequest) -> HttpResponse:
    statement = AccessibilityStatement.objects.first()
    return render(request, "deviations/public/accessibility.html", {"statement": statement})
