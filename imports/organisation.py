"""The organisation from the HR system's file: a plan of what changes, and its set-wise apply.

A file has one row per unit: its code (the key), name, the code of the unit above it, its kind
and its manager (e-mail address or employee number). `plan_organisation` compares the file
with the tree and says what would change; `apply_organisation` makes the plan again under a
table lock, refuses if it differs from the dry run that was shown, and writes it in one
transaction with a handful of statements, whatever the number of units.

The tree is django-treebeard's materialized path (`path` of 4-character steps, `depth`,
`numchild`; siblings ordered by name). Rather than one treebeard call per unit, the whole final
tree is computed here and only the rows that differ are written: a moved subtree is a new
prefix for each of its rows, and siblings are renumbered only under a parent that gained a
child or whose children were renamed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

import pghistory
import pgtrigger
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models import Count
from django.db.models.functions import Lower
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from deviations.models import Deviation
from imports.models import ImportedManagerRole, ImportJob
from imports.readers import Table
from imports.values import text
from qms.models import Membership, OrganisationUnit, Role, User

Kind = OrganisationUnit.Kind
STEP = OrganisationUnit.steplen
ALPHABET = OrganisationUnit.alphabet
MAX_DEPTH = OrganisationUnit._meta.get_field("path").max_length // STEP
CODE_LENGTH = OrganisationUnit._meta.get_field("code").max_length
NAME_LENGTH = OrganisationUnit._meta.get_field("name").max_length
CODE_PATTERN = re.compile(r"^[-a-zA-Z0-9_]+$")
SAMPLE_ROWS = 10

# Column names an HR export may use, compared without case, spaces, "-" and "_".
COLUMNS = {
    "code": ("enhetskod", "kod", "enhetsid", "enhet id", "id", "code", "unit code", "unit id"),
    "name": ("namn", "enhetsnamn", "benämning", "name", "unit name"),
    "parent": (
        "överordnad",
        "överordnad kod",
        "överordnad enhet",
        "överordnad enhetskod",
        "överliggande enhet",
        "förälder",
        "parent",
        "parent code",
    ),
    "kind": ("typ", "enhetstyp", "nivå", "kind", "type", "level"),
    "manager": (
        "chef",
        "chefens e post",
        "chef e post",
        "chefens anställningsnummer",
        "chef anställningsnummer",
        "manager",
        "manager email",
        "manager id",
    ),
}
REQUIRED = ("code", "name", "parent")
KIND_WORDS = {
    **{value: value for value in Kind.values},
    "koncern": Kind.GROUP,
    "kommun": Kind.MUNICIPALITY,
    "bolag": Kind.COMPANY,
    "kommunalt bolag": Kind.COMPANY,
    "förening": Kind.ASSOCIATION,
    "förvaltning": Kind.DEPARTMENT,
    "avdelning": Kind.DIVISION,
    "enhet": Kind.UNIT,
}


def KIND_NAMES() -> str:
    return ", ".join(str(label) for label in Kind.labels)


CATEGORY_LABELS = {
    "create": gettext_lazy("Nya enheter"),
    "rename": gettext_lazy("Byter namn"),
    "kind": gettext_lazy("Byter typ"),
    "move": gettext_lazy("Flyttas"),
    "reactivate": gettext_lazy("Aktiveras igen"),
    "deactivate": gettext_lazy("Inaktiveras"),
    "assign": gettext_lazy("Får rollen Chef"),
    "unassign": gettext_lazy("Förlorar rollen Chef"),
}
CATEGORIES = tuple(CATEGORY_LABELS)


def describe(category: str, item: dict) -> str:
    """One line of the dry run's list, as the command prints it."""
    if category == "create":
        return _("%(code)s %(name)s (%(kind)s under %(parent)s)") % item
    if category in ("rename", "kind", "move"):
        who = " ".join(filter(None, (item["code"], item.get("name"))))
        return f"{who}: {item['old']} → {item['new']}"
    if category in ("assign", "unassign"):
        return f"{item['code']} {item['name']}: {item['person']}"
    if item.get("cases"):
        return (
            ngettext(
                "%(code)s %(name)s (%(cases)s ärende)",
                "%(code)s %(name)s (%(cases)s ärenden)",
                item["cases"],
            )
            % item
        )
    return f"{item['code']} {item['name']}"


def column_label(key: str) -> str:
    return {
        "code": _("Enhetskod"),
        "name": _("Namn"),
        "parent": _("Överordnad"),
        "kind": _("Typ"),
        "manager": _("Chef"),
    }[key]


def _normal(name: str) -> str:
    name = re.sub(r"\(.*?\)", " ", name.casefold())
    return " ".join(re.sub(r"[\s_\-]+", " ", name).split())


def find_columns(header: list[str]) -> dict[str, int]:
    """Column index per field; a ValidationError naming what is missing."""
    found: dict[str, int] = {}
    for index, name in enumerate(header):
        normal = _normal(name)
        for key, names in COLUMNS.items():
            if key not in found and normal in names:
                found[key] = index
    missing = [str(column_label(key)) for key in REQUIRED if key not in found]
    if missing:
        listed = (
            missing[0]
            if len(missing) == 1
            else _("%(first)s och %(last)s")
            % {"first": ", ".join(missing[:-1]), "last": missing[-1]}
        )
        raise ValidationError(
            ngettext(
                "Filen saknar kolumnen %(missing)s.",
                "Filen saknar kolumnerna %(missing)s.",
                len(missing),
            )
            % {"missing": listed}
            + " "
            + _(
                "En organisationsfil har kolumnerna Enhetskod, Namn, Överordnad, Typ och Chef "
                "(e-postadress eller anställningsnummer) i första raden; kolumnerna i filen "
                "är: %(found)s."
            )
            % {"found": ", ".join(header)[:500]},
            code="columns",
        )
    return found


@dataclass
class Row:
    number: int
    code: str
    name: str
    parent: str
    kind: str | None
    manager: str | None  # None: the file has no manager column


@dataclass
class Problem:
    row: int
    column: str
    message: str
    is_warning: bool = False


@dataclass
class Node:
    """A unit of the final tree, keyed by code."""

    code: str
    name: str
    kind: str
    is_active: bool
    parent: str | None  # the parent's code; None at the top level
    pk: int | None = None
    old_path: str | None = None
    original_name: str | None = None
    path: str = ""
    numchild: int = 0


@dataclass
class Plan:
    """What applying a file would change. `counts` is the dry run's promise."""

    rows: int = 0
    problems: list[Problem] = field(default_factory=list)
    changes: dict[str, list[dict]] = field(default_factory=lambda: {c: [] for c in CATEGORIES})
    unchanged: int = 0
    nodes: dict[str, Node] = field(default_factory=dict)
    assignments: list[tuple[int, str]] = field(default_factory=list)  # (user pk, unit code)
    removals: list[int] = field(default_factory=list)  # membership pks
    cases_in_deactivated: int = 0
    failed_codes: set[str] = field(default_factory=set)  # codes of rows with errors

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_warning]

    @property
    def counts(self) -> dict[str, int]:
        return {category: len(items) for category, items in self.changes.items()}

    def summary(self) -> dict:
        return {
            "rows": self.rows,
            "counts": self.counts,
            "unchanged": self.unchanged,
            "errors": len(self.errors),
            "warnings": len(self.problems) - len(self.errors),
            "samples": {c: items[:SAMPLE_ROWS] for c, items in self.changes.items()},
            "cases_in_deactivated": self.cases_in_deactivated,
        }


def read_rows(table: Table, plan: Plan) -> list[Row]:
    """The file's rows, each checked on its own; rows with errors are left out."""
    columns = find_columns(table.header)
    rows: list[Row] = []
    first_row_of: dict[str, int] = {}
    header = table.header

    def cell(values: list, key: str) -> str:
        index = columns.get(key)
        return text(values[index]) if index is not None and index < len(values) else ""

    for number, values in table.rows():
        plan.rows += 1
        try:
            code, name, parent = (cell(values, key) for key in ("code", "name", "parent"))
            kind_word = cell(values, "kind")
            manager = cell(values, "manager") if "manager" in columns else None
        except ValueError as error:
            plan.problems.append(Problem(number, "", str(error)))
            continue
        errors = _row_errors(code, name, parent)
        kind = None
        if kind_word:
            kind = KIND_WORDS.get(kind_word.casefold())
            if kind is None:
                errors.append(
                    (
                        "kind",
                        _("Okänd typ ”%(kind)s”. Använd en av: %(kinds)s.")
                        % {
                            "kind": kind_word[:40],
                            "kinds": ", ".join(str(label) for label in Kind.labels),
                        },
                    )
                )
        if code in first_row_of:
            errors.append(
                (
                    "code",
                    _("Enhetskoden ”%(code)s” finns redan på rad %(row)s.")
                    % {"code": code, "row": first_row_of[code]},
                )
            )
        for key, message in errors:
            plan.problems.append(Problem(number, header[columns[key]], message))
        if errors:
            if code and code not in first_row_of:
                plan.failed_codes.add(code)
            continue
        first_row_of[code] = number
        rows.append(Row(number, code, name, parent, kind, manager))
    return rows


def _row_errors(code: str, name: str, parent: str) -> list[tuple[str, str]]:
    errors = []
    if not code:
        errors.append(("code", _("Enhetskod saknas.")))
    elif len(code) > CODE_LENGTH or not CODE_PATTERN.match(code):
        errors.append(
            (
                "code",
                _(
                    "Enhetskoden ”%(code)s” går inte att använda: högst %(max)s tecken, "
                    "bara bokstäver a–z, siffror, - och _."
                )
                % {"code": code[:40], "max": CODE_LENGTH},
            )
        )
    if not name:
        errors.append(("name", _("Namn saknas.")))
    elif len(name) > NAME_LENGTH:
        errors.append(("name", _("Namnet är längre än %(max)s tecken.") % {"max": NAME_LENGTH}))
    if parent and parent == code:
        errors.append(("parent", _("En enhet kan inte ligga under sig själv.")))
    return errors


def plan_organisation(table: Table, *, place_under: OrganisationUnit | None = None) -> Plan:
    """Compare the file with the organisation tree: what would be created, renamed, moved,
    (re)activated and deactivated, and which Chef roles given or taken away. Reads only."""
    plan = Plan()
    rows = read_rows(table, plan)
    existing = {
        u["code"]: u
        for u in OrganisationUnit.objects.order_by().values(
            "pk", "code", "name", "kind", "is_active", "path", "numchild"
        )
    }
    code_at = {u["path"]: code for code, u in existing.items()}
    current_parent = {code: code_at.get(u["path"][:-STEP]) for code, u in existing.items()}
    in_file = {row.code: row for row in rows}
    final_parent = _settle_parents(
        rows, in_file, existing, current_parent, place_under, plan, table.header
    )

    # Nodes of the final tree: every unit there is, with the file's changes.
    nodes: dict[str, Node] = {}
    for code, unit in existing.items():
        nodes[code] = Node(
            code=code,
            name=unit["name"],
            kind=unit["kind"],
            is_active=unit["is_active"],
            parent=current_parent[code],
            pk=unit["pk"],
            old_path=unit["path"],
            original_name=unit["name"],
        )
    for row in rows:
        node = nodes.get(row.code)
        parent_name = _name_of(final_parent[row.code], in_file, existing)
        if node is None:
            nodes[row.code] = Node(
                code=row.code,
                name=row.name,
                kind=row.kind or Kind.UNIT,
                is_active=True,
                parent=final_parent[row.code],
            )
            plan.changes["create"].append(
                {
                    "code": row.code,
                    "name": row.name,
                    "parent": parent_name,
                    "kind": str(Kind(row.kind or Kind.UNIT).label),
                }
            )
            continue
        changed = False
        if node.name != row.name:
            plan.changes["rename"].append({"code": row.code, "old": node.name, "new": row.name})
            node.name, changed = row.name, True
        if row.kind and node.kind != row.kind:
            plan.changes["kind"].append(
                {
                    "code": row.code,
                    "name": row.name,
                    "old": str(Kind(node.kind).label),
                    "new": str(Kind(row.kind).label),
                }
            )
            node.kind, changed = row.kind, True
        if node.parent != final_parent[row.code]:
            plan.changes["move"].append(
                {
                    "code": row.code,
                    "name": row.name,
                    "old": _name_of(node.parent, {}, existing),
                    "new": parent_name,
                }
            )
            node.parent, changed = final_parent[row.code], True
        if not node.is_active:
            plan.changes["reactivate"].append({"code": row.code, "name": row.name})
            node.is_active, changed = True, True
        plan.unchanged += not changed

    _plan_deactivations(rows, in_file, final_parent, existing, nodes, plan)
    if rows and rows[0].manager is not None:
        _plan_managers(rows, existing, plan, table)
    plan.nodes = nodes
    return plan


def _settle_parents(
    rows: list[Row],
    in_file: dict[str, Row],
    existing: dict[str, dict],
    current_parent: dict[str, str | None],
    place_under: OrganisationUnit | None,
    plan: Plan,
    header: list[str],
) -> dict[str, str | None]:
    """Each row's final parent: the file's; for the file's top rows the chosen place, else
    where the unit is now, else the top level. Rows whose parent is unknown, has errors, or
    lies below the row itself are errors, and so (in turn) are their children."""
    column = header[find_columns(header)["parent"]]
    anchor = place_under.code if place_under else None
    failed = set(plan.failed_codes)

    def drop(row: Row, message: str) -> None:
        plan.problems.append(Problem(row.number, column, message))
        rows.remove(row)
        in_file.pop(row.code, None)
        failed.add(row.code)

    while True:
        final_parent: dict[str, str | None] = {}
        count = len(rows)
        for row in list(rows):
            if not row.parent:
                top = anchor if anchor and anchor != row.code else current_parent.get(row.code)
                final_parent[row.code] = top
            elif row.parent in in_file or row.parent in existing:
                final_parent[row.code] = row.parent
            elif row.parent in failed:
                drop(
                    row,
                    _("Den överordnade enheten ”%(code)s” har fel i filen.") % {"code": row.parent},
                )
            else:
                drop(
                    row,
                    _(
                        "Den överordnade enheten ”%(code)s” finns varken i filen eller i "
                        "organisationen."
                    )
                    % {"code": row.parent[:40]},
                )
        if len(rows) < count:
            continue  # a dropped row may be the parent of one already placed: again
        cyclic = _cyclic(rows, final_parent, current_parent)
        if not cyclic:
            return final_parent
        for row, message in cyclic:
            drop(row, message)


def _cyclic(rows, final_parent, current_parent) -> list[tuple[Row, str]]:
    """Rows whose chain of parents loops (A under B under A, in the file or with the tree), or
    runs deeper than a path can hold."""

    def parent_of(code: str) -> str | None:
        return final_parent[code] if code in final_parent else current_parent.get(code)

    found = []
    for row in rows:
        seen, code, depth = {row.code}, parent_of(row.code), 1
        while code is not None:
            depth += 1
            if code in seen or depth > MAX_DEPTH:
                break
            seen.add(code)
            code = parent_of(code)
        if code is None:
            continue
        found.append(
            (
                row,
                _("Enheten hamnar under sig själv (överordnade enheter i en slinga).")
                if depth <= MAX_DEPTH
                else _("Trädet blir djupare än %(max)s nivåer.") % {"max": MAX_DEPTH},
            )
        )
    return found


def _plan_deactivations(rows, in_file, final_parent, existing, nodes, plan: Plan) -> None:
    """Active units below the file's top units (as the tree is now) that the file no longer
    names are deactivated, never deleted. Units outside those subtrees, and units the file
    names as a parent, are not touched."""
    tops = [row.code for row in rows if final_parent[row.code] not in in_file]
    scopes = tuple(existing[code]["path"] for code in tops if code in existing)
    if not scopes:
        return
    referenced = set(final_parent.values())
    gone = sorted(
        (
            node
            for code, node in nodes.items()
            if node.pk
            and code not in in_file
            and code not in referenced
            and node.is_active
            and node.old_path.startswith(scopes)
        ),
        key=lambda n: n.old_path,
    )
    cases = dict(
        Deviation.objects.filter(unit_id__in=[n.pk for n in gone])
        .values_list("unit_id")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for node in gone:
        node.is_active = False
        plan.changes["deactivate"].append(
            {"code": node.code, "name": node.name, "cases": cases.get(node.pk, 0)}
        )
    plan.cases_in_deactivated = sum(1 for node in gone if cases.get(node.pk))


def _name_of(code: str | None, in_file: dict[str, Row], existing: dict[str, dict]) -> str:
    if code is None:
        return _("(högsta nivån)")
    if code in in_file:
        return in_file[code].name
    return existing[code]["name"]


def _plan_managers(rows: list[Row], existing: dict[str, dict], plan: Plan, table: Table) -> None:
    """Chef roles: given to each unit's manager; taken from a manager the import gave the role
    and the file no longer names. Unknown people are a warning; hand-given roles stay."""
    column = table.header[find_columns(table.header)["manager"]]
    emails = {row.manager.casefold() for row in rows if row.manager and "@" in row.manager}
    numbers = {row.manager for row in rows if row.manager and "@" not in row.manager}
    people = {}
    if emails:
        for user in User.objects.annotate(lower_email=Lower("email")).filter(
            lower_email__in=emails
        ):
            people[user.lower_email] = user
    if numbers:
        for user in User.objects.filter(employee_number__in=numbers):
            people[user.employee_number] = user
    unit_pks = [existing[row.code]["pk"] for row in rows if row.code in existing]
    chefs = defaultdict(dict)  # unit pk → user pk → (membership pk, given by an import)
    for membership_pk, unit_pk, user_pk, imported in Membership.objects.filter(
        unit_id__in=unit_pks, role=Role.MANAGER
    ).values_list("pk", "unit_id", "user_id", "imported_by"):
        chefs[unit_pk][user_pk] = (membership_pk, imported is not None)
    names = dict(
        User.objects.filter(pk__in={u for roles in chefs.values() for u in roles}).values_list(
            "pk", "username"
        )
    )
    for row in rows:
        unit_pk = existing[row.code]["pk"] if row.code in existing else None
        current = chefs.get(unit_pk, {})
        wanted = None
        if row.manager:
            key = row.manager.casefold() if "@" in row.manager else row.manager
            wanted = people.get(key)
            if wanted is None:
                plan.problems.append(
                    Problem(
                        row.number,
                        column,
                        _("Chefen ”%(who)s” finns inte som användare; ingen chefsroll ges.")
                        % {"who": row.manager[:80]},
                        is_warning=True,
                    )
                )
                continue
            if not wanted.is_active:
                plan.problems.append(
                    Problem(
                        row.number,
                        column,
                        _("Chefen ”%(who)s” är inaktiverad; ingen chefsroll ges.")
                        % {"who": row.manager[:80]},
                        is_warning=True,
                    )
                )
                continue
            if wanted.pk not in current:
                plan.assignments.append((wanted.pk, row.code))
                plan.changes["assign"].append(
                    {"code": row.code, "name": row.name, "person": str(wanted)}
                )
        for user_pk, (membership_pk, imported) in current.items():
            if imported and (wanted is None or user_pk != wanted.pk):
                plan.removals.append(membership_pk)
                plan.changes["unassign"].append(
                    {"code": row.code, "name": row.name, "person": names.get(user_pk, "?")}
                )


# Apply ----------------------------------------------------------------------------------------


class PlanChanged(ValidationError):
    pass


def apply_organisation(job: ImportJob, table: Table) -> dict:
    """Write what the dry run showed, in one transaction, or nothing.

    The plan is made again under a lock that keeps others from changing units meanwhile; if it
    no longer matches `job.summary` (someone changed the tree since the check), nothing is
    written and PlanChanged says to check again.
    """
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute(
                f"LOCK TABLE {OrganisationUnit._meta.db_table} IN SHARE ROW EXCLUSIVE MODE"
            )
        plan = plan_organisation(table, place_under=job.place_under)
        if plan.errors:
            raise ValidationError(_("Filen har fel och kan inte importeras."), code="errors")
        if plan.counts != job.summary.get("counts"):
            raise PlanChanged(
                _(
                    "Organisationen har ändrats sedan filen kontrollerades. Kontrollera filen "
                    "igen innan den importeras."
                ),
                code="changed",
            )
        with pghistory.context(import_job=job.pk, user=job.created_by_id):
            return write_plan(plan, job)


def _assign_paths(nodes: dict[str, Node], ranks: dict[str, int]) -> None:
    """Every node's path and numchild in the final tree (see the module's docstring)."""
    children: dict[str | None, list[Node]] = defaultdict(list)
    for node in nodes.values():
        children[node.parent].append(node)
    old_parent = {}
    for node in nodes.values():
        if node.old_path:
            old_parent[node.code] = node.old_path[:-STEP]
    path_of_code = {node.old_path: node.code for node in nodes.values() if node.old_path}

    def dirty(parent: str | None, kids: list[Node]) -> bool:
        for kid in kids:
            if kid.old_path is None:
                return True  # a new unit
            if path_of_code.get(kid.old_path[:-STEP]) != parent:
                return True  # moved in
            if kid.name != kid.original_name:
                return True  # renamed: the order of names may change
        return False

    stack: list[tuple[str | None, str]] = [(None, "")]
    while stack:
        parent, parent_path = stack.pop()
        kids = children.get(parent, [])
        if parent is not None:
            nodes[parent].numchild = len(kids)
        if dirty(parent, kids):
            kids.sort(key=lambda n: (ranks[n.name], n.code))
            steps = [_step(i) for i in range(1, len(kids) + 1)]
        else:
            steps = [kid.old_path[-STEP:] for kid in kids]
        for kid, step in zip(kids, steps, strict=True):
            kid.path = parent_path + step
            stack.append((kid.code, kid.path))


def _step(number: int) -> str:
    digits = ""
    base = len(ALPHABET)
    while number:
        number, rest = divmod(number, base)
        digits = ALPHABET[rest] + digits
    return digits.rjust(STEP, ALPHABET[0])


def _collation_ranks(names: set[str]) -> dict[str, int]:
    """Names ranked as PostgreSQL orders them, the order treebeard keeps siblings in."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT n, rank() OVER (ORDER BY n) FROM unnest(%s::text[]) AS n", [sorted(names)]
        )
        return dict(cursor.fetchall())


def write_plan(plan: Plan, job: ImportJob) -> dict:
    """The set-wise writes: changed rows through a temporary table, new rows in one insert."""
    table = OrganisationUnit._meta.db_table
    existing = {
        u["code"]: u
        for u in OrganisationUnit.objects.order_by().values(
            "code", "name", "kind", "is_active", "path", "depth", "numchild"
        )
    }
    nodes = plan.nodes
    _assign_paths(nodes, _collation_ranks({node.name for node in nodes.values()}))

    changed, new = [], []
    for node in nodes.values():
        row = (node.name, node.kind, node.is_active, node.path, len(node.path) // STEP)
        if node.pk is None:
            new.append((node.code, *row, node.numchild))
            continue
        old = existing[node.code]
        if (old["name"], old["kind"], old["is_active"], old["path"], old["depth"]) != row or (
            old["numchild"] != node.numchild
        ):
            changed.append((node.pk, *row, node.numchild))

    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE IF EXISTS import_units")
        cursor.execute(
            """
            CREATE TEMPORARY TABLE import_units (
                pk bigint, code varchar(20), name varchar(200), kind varchar(20),
                is_active boolean, path varchar(255), depth integer, numchild integer
            ) ON COMMIT DROP
            """
        )
        with cursor.cursor.copy(
            "COPY import_units (pk, name, kind, is_active, path, depth, numchild) FROM STDIN"
        ) as copy:
            for row in changed:
                copy.write_row(row)
        # Paths are unique and checked row by row: park the changed ones first. The parking
        # is no change anyone made, so it is kept out of the history.
        with pgtrigger.ignore("qms.OrganisationUnit:update_update"):
            cursor.execute(
                f"""
                UPDATE {table} u SET path = '~' || u.id
                FROM import_units t WHERE t.pk = u.id AND t.path <> u.path
                """
            )
        cursor.execute(
            f"""
            UPDATE {table} u SET path = t.path, depth = t.depth, numchild = t.numchild,
                   name = t.name, kind = t.kind, is_active = t.is_active
            FROM import_units t WHERE t.pk = u.id
            """
        )
        updated = cursor.rowcount
        cursor.execute("TRUNCATE import_units")
        with cursor.cursor.copy(
            "COPY import_units (code, name, kind, is_active, path, depth, numchild) FROM STDIN"
        ) as copy:
            for row in new:
                copy.write_row(row)
        cursor.execute(
            f"""
            INSERT INTO {table} (code, name, kind, is_active, path, depth, numchild)
            SELECT code, name, kind, is_active, path, depth, numchild FROM import_units
            ORDER BY path
            """
        )
        created = cursor.rowcount

    assigned = _write_managers(plan, job)
    removed, _details = Membership.objects.filter(pk__in=plan.removals).delete()
    return {
        "counts": plan.counts,
        "units_created": created,
        "units_updated": updated,
        "roles_given": assigned,
        "roles_removed": len(plan.removals) if removed else 0,
    }


def _write_managers(plan: Plan, job: ImportJob) -> int:
    if not plan.assignments:
        return 0
    unit_pks = dict(
        OrganisationUnit.objects.filter(code__in={code for _user_pk, code in plan.assignments})
        .order_by()
        .values_list("code", "pk")
    )
    memberships = Membership.objects.bulk_create(
        [
            Membership(user_id=user_pk, unit_id=unit_pks[code], role=Role.MANAGER)
            for user_pk, code in plan.assignments
        ]
    )
    ImportedManagerRole.objects.bulk_create(
        ImportedManagerRole(membership=membership, job=job) for membership in memberships
    )
    return len(memberships)
