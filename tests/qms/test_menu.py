import pytest
from django.urls import reverse

from qms.models import Role
from tests.conftest import login
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def test_the_most_specific_menu_entry_is_marked_current(client, tree):
    login(client, make_user(tree.solgarden, Role.MANAGER))
    html = client.get(reverse("deviations:my_actions")).content.decode()
    assert f'<a href="{reverse("deviations:my_actions")}" aria-current="page">Åtgärder</a>' in html
    assert html.count('aria-current="page"') == 1


def test_menu_follows_the_role(client, tree):
    login(client, make_user(tree.solgarden, Role.STAFF))
    html = client.get(reverse("home")).content.decode()
    assert "Rapportera avvikelse" in html
    assert "Statistik" not in html  # the dashboard is for readers of the unit's cases
    assert "Krav och kategorier" not in html
