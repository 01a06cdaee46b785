#!/usr/bin/env python3
"""Derives clinical_notes.json (presidio span layout, MedDocs type names) from clinical_notes.marked.txt.

Mark identifiers inline as {{Type:text}}; notes start with a line "=== id ===". Offsets are computed
here, never by hand. Python is only needed to regenerate the fixture, not to run the tests.
"""
import json, pathlib, re

here = pathlib.Path(__file__).parent
source = (here / "clinical_notes.marked.txt").read_text(encoding="utf-8")
marker = re.compile(r"\{\{(\w+):(.*?)\}\}", re.S)
records = []
parts = re.split(r"^=== (.+?) ===\n", source, flags=re.M)
for note_id, body in zip(parts[1::2], parts[2::2]):
    text, spans, pos = "", [], 0
    for m in marker.finditer(body):
        text += body[pos:m.start()]
        start = len(text)
        text += m.group(2)
        spans.append({"entity_type": m.group(1), "entity_value": m.group(2), "start_position": start, "end_position": len(text)})
        pos = m.end()
    text += body[pos:]
    records.append({"id": note_id, "full_text": text.rstrip("\n") + "\n", "spans": spans})
(here / "clinical_notes.json").write_text(json.dumps(records, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(f"{len(records)} notes, {sum(len(r['spans']) for r in records)} spans")
