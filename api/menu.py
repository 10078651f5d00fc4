"""Where the token and service-account pages are found."""

from django.utils.translation import gettext_lazy as _

from qms.menu import menu_item
from qms.permissions import reads_counts_only
from qms.settings_pages import settings_page

# A board member reads counts only: the API has nothing for them (issue 16).
menu_item(
    _("API-nycklar"),
    "api_pages:tokens",
    order=870,
    visible=lambda user: not reads_counts_only(user),
)
settings_page(
    _("Tjänstekonton för API:et"),
    _("Konton för andra system (intranät, e-tjänsteplattform, diarium) med roller och token."),
    "api_pages:service_accounts",
    order=90,
    visible=lambda user: user.has_perm("qms.manage_users"),
)
