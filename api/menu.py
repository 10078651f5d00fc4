"""Where the token and service-account pages are found."""

from django.utils.translation import gettext_lazy as _

from api.permissions import may_have_personal_tokens
from qms.menu import menu_item
from qms.settings_pages import settings_page

menu_item(_("API-nycklar"), "api_pages:tokens", order=870, visible=may_have_personal_tokens)
settings_page(
    _("Tjänstekonton för API:et"),
    _("Konton för andra system (intranät, e-tjänsteplattform, diarium) med roller och token."),
    "api_pages:service_accounts",
    order=90,
    visible=lambda user: user.has_perm("qms.manage_users"),
)
