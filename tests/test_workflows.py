"""GitHub runs the README's test command on every push and pull request, and publishes only what passed."""

from __future__ import annotations

import yaml

from tests.conftest import REPO

WORKFLOWS = REPO / ".github" / "workflows"


def _workflow(name: str) -> dict:
    workflow = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    workflow["on"] = workflow.pop(True, workflow.get("on"))  # YAML 1.1 reads the key `on` as true
    return workflow


def test_tests_run_the_ci_script_on_every_push_and_pull_request():
    tests = _workflow("tests.yml")
    assert {"push", "pull_request"} <= set(tests["on"])
    assert "branches" not in (tests["on"]["push"] or {}), "every branch, not only main"
    steps = [step.get("run", "") for job in tests["jobs"].values() for step in job["steps"]]
    assert "bash .ci/run" in steps
    # .ci/run runs the README's test command
    assert ".venv/bin/python -m pytest" in (REPO / ".ci" / "run").read_text(encoding="utf-8")


def test_pages_publishes_only_a_push_to_main_whose_tests_passed():
    tests_name = _workflow("tests.yml")["name"]
    pages = _workflow("pages.yml")
    trigger = pages["on"]["workflow_run"]
    assert trigger["workflows"] == [tests_name] and trigger["types"] == ["completed"]
    assert trigger["branches"] == ["main"]
    assert "push" not in pages["on"], "a push would publish without waiting for the tests"
    condition = pages["jobs"]["build"]["if"]
    assert "workflow_run.conclusion == 'success'" in condition
    assert pages["jobs"]["deploy"]["needs"] == "build"
    checkout = pages["jobs"]["build"]["steps"][0]
    assert "workflow_run.head_sha" in checkout["with"]["ref"], "publish the commit that was tested"
