"""The domain never imports a transport; the package installs under one namespace."""

from __future__ import annotations

import ast
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRANSPORTS = ("aiogram", "aiohttp", "telegram", "httpx", "requests", "doorway.bot", "bot")
DOMAIN = ("dialogs", "matching", "storage")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", DOMAIN)
def test_domain_imports_no_transport(package: str) -> None:
    offenders = {
        f"{path.relative_to(ROOT)}: {name}"
        for path in (ROOT / package).rglob("*.py")
        for name in _imports(path)
        if any(name == t or name.startswith(f"{t}.") for t in TRANSPORTS)
    }
    assert offenders == set()


def test_records_know_nothing_of_sqlalchemy() -> None:
    assert not any(name.startswith("sqlalchemy") for name in _imports(ROOT / "storage/records.py"))


def test_wheel_ships_namespaced_packages_and_data(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("doorway-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "doorway/cli.py",
        "doorway/bot/telegram.py",
        "doorway/dialogs/engine.py",
        "doorway/matching/occupations.py",
        "doorway/storage/migrations/env.py",
        "doorway/storage/migrations/versions/0001_initial.py",
        "doorway/storage/sample_door_openers.json",
        "doorway/locales/en/onboarding.ftl",
        "doorway/matching/data/taxonomy_index.json.gz",
    ):
        assert expected in names, expected
    top_level = {name.split("/")[0] for name in names if not name.startswith("doorway-")}
    assert top_level == {"doorway"}
