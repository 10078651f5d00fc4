from django.urls import include, path, re_path

from identity.oidc import views

# The same paths and names as allauth's openid_connect provider (the redirect URI registered at
# the IdP is /konto/oidc/<provider id>/login/callback/).
urlpatterns = [
    path(
        "oidc/",
        include(
            [
                re_path(
                    r"^(?P<provider_id>[^/]+)/",
                    include(
                        [
                            path("login/", views.login, name="openid_connect_login"),
                            path("login/callback/", views.callback, name="openid_connect_callback"),
                        ]
                    ),
                )
            ]
        ),
    )
]
