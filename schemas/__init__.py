"""Record shapes derived from `contract.yaml`, the project's single source of truth.

Everything that needs a field list, a vocabulary or a version imports it from here, so a
change to the contract reaches the Parquet writer, the expectation suites and the
warehouse at once.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyarrow as pa
import yaml

CONTRACT_PATH = Path(__file__).with_name("contract.yaml")

_ARROW_TYPES: dict[str, pa.DataType] = {
    "string": pa.string(),
    "int32": pa.int32(),
    "int64": pa.int64(),
    "bool": pa.bool_(),
    "date32": pa.date32(),
    "timestamp": pa.timestamp("us", tz="UTC"),
    "list<string>": pa.list_(pa.string()),
}


@dataclass(frozen=True)
class EventTypeSpec:
    name: str
    required: tuple[str, ...]
    roles: tuple[str, ...]
    plover: str | None
    mode: str | None
    cameo: str
    required_any: tuple[str, ...] = ()  # at least one of these roles
    planned_plover: str | None = None  # codes of the planned/expected form (PLOVER: intent to meet is AGREE)
    planned_cameo: str | None = None


@dataclass(frozen=True)
class Contract:
    version: str
    vocabularies: dict[str, tuple[str, ...]]
    event_types: dict[str, EventTypeSpec]
    conflicting_roles: tuple[tuple[str, str], ...]
    date_rules: dict[str, Any]
    datasets: dict[str, dict[str, Any]]

    def vocabulary(self, name: str) -> tuple[str, ...]:
        if name == "event_type":
            return tuple(self.event_types)
        return self.vocabularies[name]

    def arrow_schema(self, dataset: str) -> pa.Schema:
        spec = self.datasets[dataset]
        return pa.schema(
            [
                pa.field(f["name"], _ARROW_TYPES[f["type"]], nullable=f.get("nullable", True))
                for f in spec["fields"]
            ],
            metadata={b"schema_version": self.version.encode(), b"dataset": dataset.encode()},
        )

    def key(self, dataset: str) -> list[str]:
        return list(self.datasets[dataset]["key"])

    def partition(self, dataset: str) -> str | None:
        return self.datasets[dataset].get("partition")

    def field_names(self, dataset: str) -> list[str]:
        return [f["name"] for f in self.datasets[dataset]["fields"]]

    def non_nullable(self, dataset: str) -> list[str]:
        return [f["name"] for f in self.datasets[dataset]["fields"] if f.get("nullable", True) is False]


@lru_cache(maxsize=1)
def load_contract(path: Path = CONTRACT_PATH) -> Contract:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    types = {
        name: EventTypeSpec(
            name=name,
            required=tuple(spec["required"]),
            required_any=tuple(spec.get("required_any", ())),
            planned_plover=(spec.get("planned") or {}).get("plover"),
            planned_cameo=(spec.get("planned") or {}).get("cameo"),
            roles=tuple(spec["roles"]),
            plover=spec.get("plover"),
            mode=spec.get("mode"),
            cameo=str(spec["cameo"]),
        )
        for name, spec in raw["event_types"].items()
    }
    return Contract(
        version=str(raw["version"]),
        vocabularies={k: tuple(v) for k, v in raw["vocabularies"].items()},
        event_types=types,
        conflicting_roles=tuple(tuple(p) for p in raw["conflicting_roles"]),
        date_rules=dict(raw["date_rules"]),
        datasets=dict(raw["datasets"]),
    )


CONTRACT = load_contract()
SCHEMA_VERSION = CONTRACT.version
