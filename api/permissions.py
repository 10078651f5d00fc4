"""Who may call the API at all. What they may see is the modules' `visible_to()`; what they may
change is the modules' own rules, checked by the services the API calls."""

from __future__ import annotations

from rest_framework import permissions

SAFE_METHODS = permissions.SAFE_METHODS


class TokenScope(permissions.BasePermission):
    """An authenticated, active user."""

    def has_permission(self, request, view) -> bool:
        user = request.user
        return bool(user is not None and user.is_authenticated and user.is_active)
