"""`python -m quizgen` runs the command line."""

from .cli import run

run()
