"""{% openable objects as ids %}: which of the objects on a page the viewer may open.

A page often names things its viewer may not open: the actions of a reporter's own case, the
units above a member of staff's own, a suggestion named in a review. The page shows them as
text, never as a link to a page that would refuse (issue 15). The answer comes from the model's
own `visible_to(user)` queryset, the one its detail view starts from: one query per call."""

from __future__ import annotations

from django import template

register = template.Library()


def openable_pks(user, objects) -> frozenset:
    """The pks of `objects` (several of one model, or one object) that `user` may open."""
    if objects is None or objects == "":
        objects = []
    elif hasattr(objects, "pk"):
        objects = [objects]
    items = [obj for obj in objects if obj is not None and obj.pk is not None]
    if user is None or not items:
        return frozenset()
    model = type(items[0])
    if not hasattr(model.objects, "visible_to"):
        return frozenset()  # default deny: a model without a visible_to() is named, not linked
    visible = model.objects.visible_to(user).filter(pk__in={obj.pk for obj in items})
    return frozenset(visible.values_list("pk", flat=True))


@register.simple_tag(takes_context=True)
def openable(context, objects) -> frozenset:
    request = context.get("request")
    return openable_pks(request.user if request is not None else None, objects)
