"""Attached photos as thumbnails on the case page: made from the stored file when asked for,
and shown only to those who may open the file itself (the same visible_to())."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from deviations.models import ConfidentialRead
from tests.conftest import login
from tests.deviations.conftest import report

pytestmark = pytest.mark.django_db


def photo(name: str = "golvet.jpg", size=(1200, 800), orientation: int | None = None):
    image = Image.new("RGB", size, (200, 30, 30))
    out = io.BytesIO()
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation  # the camera was held on its side
    image.save(out, "JPEG", exif=exif)
    return SimpleUploadedFile(name, out.getvalue(), content_type="image/jpeg")


def test_case_page_shows_a_photo_as_a_thumbnail_of_at_most_320_px(client, cast):
    deviation = report(cast, files=[photo(), SimpleUploadedFile("x.pdf", b"%PDF-1.4\n%%EOF\n")])
    picture, document = deviation.attachments.order_by("pk")
    login(client, cast.chef)
    page = client.get(deviation.get_absolute_url()).content.decode()
    assert f'<img class="thumbnail" src="{picture.thumbnail_url()}"' in page
    assert document.thumbnail_url() == "" and page.count('class="thumbnail"') == 1

    response = client.get(picture.thumbnail_url())
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["Cache-Control"] == "private, no-store"
    with Image.open(io.BytesIO(response.content)) as thumbnail:
        assert thumbnail.size == (320, 213)


def test_thumbnail_is_turned_as_the_camera_meant(client, cast):
    deviation = report(cast, files=[photo(orientation=6)])  # 6: rotate 90° clockwise to view
    login(client, cast.chef)
    response = client.get(deviation.attachments.get().thumbnail_url())
    with Image.open(io.BytesIO(response.content)) as thumbnail:
        assert thumbnail.size == (213, 320)


def test_no_thumbnail_for_a_file_that_is_not_a_picture_it_can_read(client, cast):
    deviation = report(cast, files=[photo()])
    attached = deviation.attachments.get()
    login(client, cast.chef)
    url = attached.thumbnail_url()
    attached.file.save("broken.jpg", io.BytesIO(b"\xff\xd8\xff not really a jpeg"), save=True)
    assert client.get(url).status_code == 404
    attached.content_type = "application/pdf"
    attached.save()
    assert client.get(url).status_code == 404


def test_thumbnail_refused_to_other_units_and_without_sensitive_access(client, cast):
    deviation = report(cast, files=[photo()], is_confidential=True)
    attached = deviation.attachments.get()
    for outsider in (cast.sibling_chef, cast.school_chef, cast.other_staff, cast.chef):
        login(client, outsider)
        assert client.get(attached.get_absolute_url()).status_code == 404, outsider
        assert client.get(attached.thumbnail_url()).status_code == 404, outsider
    assert not ConfidentialRead.objects.exists()

    login(client, cast.sensitive_chef)
    assert client.get(attached.thumbnail_url()).status_code == 200
    assert ConfidentialRead.objects.get().what == "thumbnail"


def test_thumbnail_of_another_cases_attachment_is_not_found(client, cast):
    mine = report(cast, files=[photo()])
    other = report(cast, unit=cast.tree.homecare, by=cast.other_staff, files=[photo()])
    login(client, cast.chef)
    url = f"/avvikelser/{mine.pk}/bilagor/{other.attachments.get().pk}/miniatyr/"
    assert client.get(url).status_code == 404
