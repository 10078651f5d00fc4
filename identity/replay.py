"""One use per token: a second log-in with the same ID token or SAML assertion is a replay."""

from __future__ import annotations

from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from identity.models import SeenToken


def first_use(*, issuer: str, token_id: str, expires_at: datetime) -> bool:
    """Record the token as used; False if it was used before. Expired records are dropped."""
    SeenToken.objects.filter(expires_at__lt=timezone.now()).delete()
    try:
        with transaction.atomic():
            SeenToken.objects.create(
                issuer=issuer[:500], token_id=token_id[:500], expires_at=expires_at
            )
    except IntegrityError:
        return False
    return True
