import os

from django.core.wsgi import get_wsgi_application

from qms.stack import with_stack_room

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "qms.settings")

# Each request runs with its frames in one chunk of Python's frame stack (qms/stack.py): in a
# gunicorn worker a case page otherwise mapped and unmapped thousands of chunks.
application = with_stack_room(get_wsgi_application())
