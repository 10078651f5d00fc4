"""The question bank in the technical admin (coordinators edit it in the app as well)."""

from django.contrib import admin

from audits.models import Criterion, Question
from qms.admin import GroupRegisterAdminMixin


class QuestionInline(GroupRegisterAdminMixin, admin.TabularInline):
    model = Question
    extra = 0
    fields = ["order", "text", "guidance", "is_active"]


@admin.register(Criterion)
class CriterionAdmin(GroupRegisterAdminMixin, admin.ModelAdmin):
    list_display = ["framework", "reference", "title", "is_active"]
    list_filter = ["framework", "is_active"]
    search_fields = ["reference", "title"]
    inlines = [QuestionInline]
