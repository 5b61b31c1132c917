"""The templates travel with the package: a wheel installed away from the checkout renders a
worksheet."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

from tests.conftest import ROOT

RENDER = """
import pathlib, sys
import quizgen
from quizgen.export.worksheet import default_template_dir, render_pdf
from quizgen.model import Bank, Question
checkout = pathlib.Path(sys.argv[1]).resolve()
package = pathlib.Path(quizgen.__file__).resolve()
assert checkout not in package.parents, package
assert checkout not in default_template_dir().resolve().parents, default_template_dir()
bank = Bank(id="w", title="Wheel test", deck="W", questions=(
    Question(id="q1", type="short", question="Where do the templates live?", answer="inside"),))
pdf = render_pdf(bank)
assert pdf.startswith(b"%PDF"), pdf[:10]
print("rendered", len(pdf), "bytes from", default_template_dir())
"""


def test_an_installed_wheel_renders_a_worksheet_outside_the_checkout(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "--quiet", "-w", str(wheels), str(ROOT)], check=True)
    [wheel] = wheels.glob("quizgen-*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; "
                                "print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    # The wheel goes into the new environment; its dependencies come from this one.
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--quiet",
                    "--target", str(site), str(wheel)], check=True)
    (site / "zz_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    away = tmp_path / "elsewhere"
    away.mkdir()
    result = subprocess.run([str(python), "-I", "-c", RENDER, str(ROOT)], cwd=away,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "rendered" in result.stdout
