"""Turn a ``--benchmark-json`` file of the corpus dedup benchmarks into MB/s and ratios.

Usage: ``python -m benchmarks.dedup_report dedup.json``. Each group (one kind of
work on one corpus size) is listed with every benchmark's median MB/s and its
ratio to the group's floor (UTF-8 encoding of the same text) and to each
baseline, all from the same run.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from typing import Any

__all__ = ["main"]


def _name(bench: dict[str, Any]) -> str:
    return str(bench["name"]).split("[")[0].removeprefix("test_")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m benchmarks.dedup_report BENCHMARK_JSON", file=sys.stderr)
        return 2
    with open(argv[0], encoding="utf-8") as handle:
        data = json.load(handle)
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for bench in data["benchmarks"]:
        groups[bench["group"]].append(bench)
    machine = data.get("machine_info", {})
    cpu = machine.get("cpu", {}).get("brand_raw", "?")
    print(f"machine: {cpu}, python {machine.get('python_version', '?')}")
    for group, benches in groups.items():
        print(f"\n## {group}")
        rates = {}
        for bench in benches:
            mb = bench["extra_info"]["bytes"] / 1e6
            rates[_name(bench)] = mb / bench["stats"]["median"]
        floor = rates.get("floor_encode")
        baselines = {k: v for k, v in rates.items() if "baseline" in k}
        for name, rate in sorted(rates.items(), key=lambda kv: -kv[1]):
            cells = [f"{name}: {rate:8.1f} MB/s"]
            if floor:
                cells.append(f"{rate / floor:6.3f}x floor")
            cells += [f"{rate / b:7.1f}x {k}" for k, b in baselines.items() if k != name]
            print("  " + " | ".join(cells))
        for bench in benches:
            extra = {k: v for k, v in bench["extra_info"].items() if k not in ("bytes", "docs")}
            if extra:
                print(f"  {_name(bench)}: {json.dumps(extra, sort_keys=True)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
