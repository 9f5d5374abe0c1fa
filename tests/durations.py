"""Writes tests/durations.json, the seconds each test file took in one run, which conftest
uses to start the longest files first. Refresh it after adding a slow file:

    pytest -n0 --junitxml=/tmp/run.xml && python tests/durations.py /tmp/run.xml
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

OUT = Path(__file__).with_name("durations.json")


def per_file(junit_xml: str) -> dict[str, float]:
    totals: dict[str, float] = {}
    for case in ET.parse(junit_xml).getroot().iter("testcase"):
        name = "/".join(case.get("classname", "").split(".")[:2]) + ".py"  # tests.test_x[.Class]
        totals[name] = totals.get(name, 0.0) + float(case.get("time", 0))
    return {name: round(seconds, 2) for name, seconds in sorted(totals.items())}


if __name__ == "__main__":
    OUT.write_text(json.dumps(per_file(sys.argv[1]), indent=0) + "\n")
