"""The form renderer: Django's own, with its standard widget templates written out in Python.

Every `<select>`, `<input>` and `<textarea>` Django renders goes through a template: the select
includes one template per option, and that one includes the attributes' template. A case page
for a handler shows nine forms, four of them pickers with up to a hundred options each, and
rendering those templates took about a third of the page's time. `FastWidgetRenderer` renders
the same templates with plain string building instead. The output is byte for byte what the
templates give (`tests/qms/test_form_renderer.py` compares the two for every form in the
project and for awkward values), so nothing a user or a test sees changes.

Only Django's own templates are replaced, and only while they are Django's own: if a project or
an app overrides one (a `templates/django/forms/widgets/select.html`), that template is used.
Every other template (the project's widgets, forms and fields) renders as before.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape as _escape  # django.utils.html.escape is this, of str(), marked safe
from pathlib import Path

import django.forms
from django.forms.renderers import DjangoTemplates
from django.template.base import render_value_in_context
from django.template.loader import get_template
from django.utils.functional import cached_property
from django.utils.safestring import SafeData

DJANGO_WIDGETS = Path(django.forms.__file__).parent / "templates" / "django" / "forms" / "widgets"


class _Context:
    """What `render_value_in_context` reads of a template context (the renderer's defaults)."""

    autoescape = True
    use_l10n = None
    use_tz = None


_CONTEXT = _Context()


def text(value) -> str:
    """`{{ value }}`: localised, then escaped unless safe. A plain string (most labels, names
    and ids) is neither localised nor safe: Django would give `html.escape(value)`, and so does
    this, without the half-dozen calls that find that out (a picker's hundred options)."""
    if type(value) is str:
        return _escape(value)
    return render_value_in_context(value, _CONTEXT)


def _as_string(value) -> str:
    """`{{ value|stringformat:'s' }}`: str() (safe stays safe), then escaped unless safe."""
    string = str(value)
    if isinstance(value, SafeData) or hasattr(string, "__html__"):
        return string
    return _escape(string)  # conditional_escape's own escape of a string that is not safe


def _attrs(attrs: dict) -> str:
    """django/forms/widgets/attrs.html."""
    parts = []
    for name, value in attrs.items():
        if value is not False:
            parts.append(f" {text(name)}")
            if value is not True:
                parts.append(f'="{_as_string(value)}"')
    return "".join(parts)


def render_input(widget: dict) -> str:
    """django/forms/widgets/input.html."""
    value = ""
    if widget["value"] is not None:
        value = f' value="{_as_string(widget["value"])}"'
    return (
        f'<input type="{text(widget["type"])}" name="{text(widget["name"])}"{value}'
        f"{_attrs(widget['attrs'])}>\n"
    )


def _including(render: Callable[[dict], str]) -> Callable[[dict], str]:
    """A template that only includes another one: its output and the file's own line end."""
    return lambda widget: render(widget) + "\n"


def render_option(option: dict) -> str:
    """django/forms/widgets/select_option.html."""
    return (
        f'<option value="{_as_string(option["value"])}"{_attrs(option["attrs"])}>'
        f"{text(option['label'])}</option>\n"
    )


def render_select(widget: dict) -> str:
    """django/forms/widgets/select.html, with its options."""
    parts = [f'<select name="{text(widget["name"])}"{_attrs(widget["attrs"])}>']
    render, rendering = None, None  # the options' template, looked up once, not per option
    for group_name, group_choices, _index in widget["optgroups"]:
        if group_name:
            parts.append(f'\n  <optgroup label="{text(group_name)}">')
        for option in group_choices:
            if option["template_name"] != rendering:
                rendering = option["template_name"]
                render = _renderer_of(rendering)
            parts.append("\n  ")
            parts.append(render(option))
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>\n")
    return "".join(parts)


def render_textarea(widget: dict) -> str:
    """django/forms/widgets/textarea.html."""
    value = text(widget["value"]) if widget["value"] else ""
    return (
        f'<textarea name="{text(widget["name"])}"{_attrs(widget["attrs"])}>\n{value}</textarea>\n'
    )


def render_input_option(option: dict) -> str:
    """django/forms/widgets/input_option.html (a radio button or a tick box of a group)."""
    html = render_input(option)
    if option.get("wrap_label"):
        label_for = ""
        if option["attrs"].get("id"):
            label_for = f' for="{text(option["attrs"]["id"])}"'
        html = f"<label{label_for}>{html} {text(option['label'])}</label>"
    return html + "\n"


def render_multiple_input(widget: dict) -> str:
    """django/forms/widgets/multiple_input.html (radio buttons, tick boxes)."""
    element_id = widget["attrs"].get("id")
    css_class = widget["attrs"].get("class")
    parts = ["<div"]
    if element_id:
        parts.append(f' id="{text(element_id)}"')
    if css_class:
        parts.append(f' class="{text(css_class)}"')
    parts.append(">")
    for group, options, _index in widget["optgroups"]:
        if group:
            parts.append(f"\n  <div><label>{text(group)}</label>")
        for option in options:
            parts.append("<div>\n    ")
            parts.append(_render_included(option))
            parts.append("</div>")
        if group:
            parts.append("\n  </div>")
    parts.append("\n</div>\n")
    return "".join(parts)


_INPUTS = (
    "text",
    "email",
    "number",
    "url",
    "password",
    "hidden",
    "date",
    "datetime",
    "time",
    "search",
    "tel",
    "color",
    "file",
    "checkbox",
)
FAST: dict[str, Callable[[dict], str]] = {
    "django/forms/widgets/input.html": render_input,
    **{f"django/forms/widgets/{name}.html": _including(render_input) for name in _INPUTS},
    "django/forms/widgets/select.html": render_select,
    "django/forms/widgets/select_option.html": render_option,
    "django/forms/widgets/textarea.html": render_textarea,
    "django/forms/widgets/input_option.html": render_input_option,
    "django/forms/widgets/radio_option.html": _including(render_input_option),
    "django/forms/widgets/checkbox_option.html": _including(render_input_option),
    "django/forms/widgets/multiple_input.html": render_multiple_input,
    "django/forms/widgets/radio.html": _including(render_multiple_input),
    "django/forms/widgets/checkbox_select.html": _including(render_multiple_input),
}


# The project's template for one field with its label, help and errors (templates/includes/
# field.html), which `{{ field.as_field_group }}` renders through the form renderer. A page
# shows up to twenty fields, and the template's own work (its conditions and a dozen lookups a
# field) was a tenth of a handler's case page (issue 12); `render_field` writes the same HTML.
FIELD_TEMPLATE = "includes/field.html"
_REQUIRED = ' <span class="required" aria-hidden="true">*</span>'


def render_field(field) -> str:
    """templates/includes/field.html, for a BoundField."""
    if field.is_hidden:
        return f"\n{text(field)}\n\n"
    errors, help_text, kind = field.errors, field.help_text, field.widget_type
    auto_id = text(field.auto_id) if errors or help_text else ""
    error_list = (
        f'<div class="field__errors" id="{auto_id}_error">'
        + "".join(f"<p>{text(error)}</p>" for error in errors)
        + "</div>"
        if errors
        else ""
    )
    required = _REQUIRED if field.field.required else ""
    error_class = " field--error" if errors else ""
    if kind in ("checkboxselectmultiple", "radioselect"):
        described = f' aria-describedby="{auto_id}_helptext"' if help_text else ""
        options = "".join(
            f'<li><label for="{text(option.id_for_label)}">{text(option.tag())}'
            f" {text(option.choice_label)}</label></li>"
            for option in field
        )
        return (
            f'\n\n<fieldset class="field{error_class}"{described}>\n'
            f'  <legend id="{text(field.id_for_label)}">{text(field.label)}{required}</legend>\n'
            f"  {_help(help_text, 'field__help', auto_id)}\n"
            f"  {error_list}\n"
            '  <ul class="checkbox-list">\n'
            f"    {options}\n"
            "  </ul>\n"
            "</fieldset>\n\n"
        )
    label_for = text(field.id_for_label)
    if kind == "checkbox":
        inner = (
            f"\n    {text(field)}\n"
            f'    <label for="{label_for}">{text(field.label)}</label>\n'
            f"    {_help(help_text, 'field__help field__help--checkbox', auto_id)}\n"
            f"    {error_list}\n  "
        )
        checkbox_class = " field--checkbox"
    else:
        inner = (
            f'\n    <label for="{label_for}">{text(field.label)}{required}</label>\n'
            f"    {_help(help_text, 'field__help', auto_id)}\n"
            f"    {error_list}\n"
            f"    {text(field)}\n  "
        )
        checkbox_class = ""
    return f'\n\n<div class="field{error_class}{checkbox_class}">\n  {inner}\n</div>\n\n'


def _help(help_text, css_class: str, auto_id: str) -> str:
    """`{% if field.help_text %}<div …>{{ field.help_text|safe }}</div>{% endif %}`."""
    if not help_text:
        return ""
    return f'<div class="{css_class}" id="{auto_id}_helptext">{help_text}</div>'


def included(template_name: str, widget: dict) -> str:
    """What `{% include template_name with widget=widget %}` gives (unstripped): in Python when
    it is one of Django's own templates, else through the template."""
    return _renderer_of(template_name)(widget)


def _renderer_of(template_name: str) -> Callable[[dict], str]:
    """The function that gives what `included(template_name, widget)` gives."""
    renderer = _renderer()
    fast = FAST.get(template_name)
    if fast is not None and renderer.is_djangos_own(template_name):
        return fast
    template = renderer.get_template(template_name)
    return lambda widget: template.render({"widget": widget})


def _render_included(option: dict) -> str:
    return included(option["template_name"], option)


def _renderer() -> FastWidgetRenderer:
    from django.forms.renderers import get_default_renderer

    renderer = get_default_renderer()
    return renderer if isinstance(renderer, FastWidgetRenderer) else _FALLBACK


class ProjectTemplates(DjangoTemplates):
    """Django's template renderer, with the project's template for a field's group (label,
    help, errors and widget: `{{ field.as_field_group }}`)."""

    field_template_name = FIELD_TEMPLATE

    def render(self, template_name, context, request=None):
        if template_name == FIELD_TEMPLATE:
            # From the project's templates (this renderer's own engine has Django's forms' and
            # the apps' only), unstripped: as `{% include %}` gives it.
            return get_template(template_name).render(context, request)
        return super().render(template_name, context, request)


class FastWidgetRenderer(ProjectTemplates):
    """The project's template renderer, rendering Django's standard widget templates and the
    project's field template in Python."""

    @cached_property
    def _own(self) -> dict[str, bool]:
        return {}

    def is_djangos_own(self, template_name: str) -> bool:
        """Whether `template_name` resolves to Django's file (not an override)."""
        own = self._own.get(template_name)
        if own is None:
            origin = Path(self.get_template(template_name).origin.name)
            own = self._own[template_name] = origin.parent == DJANGO_WIDGETS
        return own

    def render(self, template_name, context, request=None):
        if template_name == FIELD_TEMPLATE and context.keys() == {"field"}:
            return render_field(context["field"])
        fast = FAST.get(template_name)
        if fast is not None and self.is_djangos_own(template_name):
            return fast(context["widget"]).strip()
        return super().render(template_name, context, request)


_FALLBACK = FastWidgetRenderer()
