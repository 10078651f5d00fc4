"""External providers (suppliers): the register, tagging a deviation, and the management
review's input c7 counting the tagged deviations of the scope and period."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from deviations import services
from deviations.forms import AssessmentForm
from deviations.models import Deviation, Supplier
from qms.models import Membership, Role
from reviews.inputs import compile_figures
from tests.conftest import login
from tests.deviations.builders import make_deviations
from tests.deviations.conftest import report
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def assess_with(deviation: Deviation, by, supplier: Supplier | None) -> Deviation:
    return services.assess_deviation(
        deviation,
        by=by,
        category=None,
        requirement=None,
        probability=2,
        consequence=3,
        is_confidential=False,
        supplier=supplier,
    )


def test_group_coordinators_keep_the_register_and_others_are_refused(client, cast):
    login(client, make_user(cast.tree.group, Role.COORDINATOR))
    response = client.post(
        reverse("deviations:supplier_create"),
        {"name": "IT-Drift Norr AB", "organisation_number": "556677-1234", "is_active": "on"},
    )
    assert response.status_code == 302
    listing = client.get(reverse("deviations:supplier_list")).content.decode()
    assert "IT-Drift Norr AB" in listing and "556677-1234" in listing
    # The same name again: refused, with what was typed kept.
    again = client.post(
        reverse("deviations:supplier_create"), {"name": "IT-Drift Norr AB", "delivers": "Drift"}
    )
    assert again.status_code == 200
    assert again.context["form"].errors["name"]
    assert again.context["form"]["delivers"].value() == "Drift"
    supplier = Supplier.objects.get()
    for user in (cast.chef, cast.staff):
        login(client, user)
        assert client.get(reverse("deviations:supplier_list")).status_code == 403
        assert client.get(reverse("deviations:supplier_create")).status_code == 403
        url = reverse("deviations:supplier_update", args=[supplier.pk])
        assert client.post(url, {"name": "Annat namn"}).status_code == 403
    assert Supplier.objects.get().name == "IT-Drift Norr AB"


def test_chef_tags_the_deviation_to_a_supplier_and_the_case_shows_it(client, cast):
    supplier = Supplier.objects.create(name="Hjälpmedelsservice Väst AB")
    deviation = report(cast)
    login(client, cast.chef)
    response = client.post(
        reverse("deviations:assess", args=[deviation.pk]),
        {"probability": "2", "consequence": "3", "supplier": supplier.pk},
    )
    assert response.status_code == 302
    deviation.refresh_from_db()
    assert deviation.supplier == supplier
    page = client.get(deviation.get_absolute_url()).content.decode()
    assert "Hjälpmedelsservice Väst AB" in page


def test_inactive_supplier_stays_on_its_cases_but_is_not_offered_for_new_ones(cast):
    old = Supplier.objects.create(name="Gamla Leverantören AB")
    tagged = assess_with(report(cast), cast.chef, old)
    Supplier.objects.filter(pk=old.pk).update(is_active=False)
    assert old in AssessmentForm(instance=tagged).fields["supplier"].queryset
    assert old not in AssessmentForm(instance=report(cast)).fields["supplier"].queryset


def test_review_input_c7_counts_the_scope_and_period_per_supplier(cast):
    it = Supplier.objects.create(name="IT-Drift Norr AB")
    aids = Supplier.objects.create(name="Hjälpmedelsservice Väst AB")
    t = cast.tree
    in_period = datetime.datetime(2025, 3, 10, 10, tzinfo=datetime.UTC)
    make_deviations(t.solgarden, cast.staff, 3, created_at=in_period, supplier=it)
    make_deviations(t.homecare, cast.staff, 1, created_at=in_period, supplier=aids, status="closed")
    make_deviations(t.homecare, cast.staff, 2, created_at=in_period)  # no supplier
    make_deviations(t.school, cast.staff, 4, created_at=in_period, supplier=it)  # other scope
    before = datetime.datetime(2024, 12, 1, 10, tzinfo=datetime.UTC)
    make_deviations(t.solgarden, cast.staff, 5, created_at=before, supplier=it)

    c7 = compile_figures(t.social, datetime.date(2025, 1, 1), datetime.date(2025, 12, 31))["c7"]

    assert c7["supplier_deviations"] == 4
    assert c7["deviations_by_supplier"] == [
        ["IT-Drift Norr AB", 3, 3],
        ["Hjälpmedelsservice Väst AB", 1, 0],
    ]


def test_supplier_register_counts_only_what_the_coordinator_may_read(client, cast):
    tree = cast.tree
    supplier = Supplier.objects.create(name="Hjälpmedelsservice Väst AB")
    reporter = make_user(tree.company, Role.STAFF)
    make_deviations(tree.company, reporter, 2, supplier=supplier)
    make_deviations(tree.company, reporter, 1, supplier=supplier, is_confidential=True)
    make_deviations(tree.solgarden, cast.staff, 4, supplier=supplier)  # another organisation's
    company_coordinator = make_user(tree.company, Role.COORDINATOR)
    group_coordinator = make_user(tree.group, Role.COORDINATOR)
    Membership.objects.filter(user=group_coordinator).update(sensitive_access=True)

    def shown(user) -> int:
        login(client, user)
        response = client.get(reverse("deviations:supplier_list"))
        assert "Avvikelser du kan läsa" in response.content.decode()
        return next(s for s in response.context["suppliers"] if s.pk == supplier.pk).cases

    assert shown(company_coordinator) == 2
    assert shown(group_coordinator) == 7
