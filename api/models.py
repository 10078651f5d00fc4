"""The API's own rows: request counts for the rate limit."""

from __future__ import annotations

from django.db import models


class RateCount(models.Model):
    """Requests of one caller (token, user or address) in one minute (api.throttling)."""

    key = models.CharField(max_length=100)
    window_start = models.DateTimeField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        db_table = "api_ratecount"
        constraints = [
            models.UniqueConstraint(fields=["key", "window_start"], name="api_ratecount_unique")
        ]
        indexes = [models.Index(fields=["window_start"])]

    def __str__(self) -> str:
        return f"{self.key} {self.window_start:%H:%M} {self.count}"
