#!/usr/bin/env python3
"""Builds near_duplicates.json: clinical/legal passages, one near-duplicate of each (slightly reworded, reformatted,
OCR-noised or truncated), and distractors drawn from the same templates (same topic and boilerplate, other details).
Invented content only. Reuses the categorization corpus templates; deterministic (fixed seed).
Run from this folder: python3 generate_near_duplicates.py"""
import json
import os
import random
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "Categorization", "Corpus"))
import generate_corpus as g  # noqa: E402

g.rng.seed(777)
rng = random.Random(4242)

TEMPLATES = [g.discharge_summary, g.history_physical, g.soap_note, g.radiology_report, g.operative_report, g.referral_letter,
             g.complaint, g.answer, g.motion, g.police_report, g.incident_report, g.witness_statement, g.itemized_statement, g.eob,
             g.declaration, g.email_chain]

SYNONYMS = {"patient": "pt", "reports": "states", "with": "w/", "and": "&", "pain": "discomfort", "the": "", "was": "is",
            "Plaintiff": "Plaintiff,", "Defendant": "the Defendant", "vehicle": "car", "follow-up": "f/u", "Follow-up": "F/U",
            "history": "hx", "denies": "negative for", "approximately": "about", "right": "R", "left": "L"}

def reword(text):
    words = text.split(" ")
    out = [SYNONYMS.get(w, w) if rng.random() < 0.5 else w for w in words]
    sentences = re.split(r"(?<=[.])\s+", " ".join(w for w in out if w))
    if len(sentences) > 4:
        sentences.pop(rng.randrange(1, len(sentences) - 1))
    return " ".join(sentences)

def reformat(text):
    style = rng.choice(["flow", "upper", "bullets"])
    if style == "flow":
        return re.sub(r"\s+", " ", text)
    if style == "upper":
        return text.upper()
    return "\n".join("* " + line.strip() for line in text.splitlines() if line.strip())

def truncate(text):
    return text[: int(len(text) * 0.55)]

def ocr(text):
    return g.ocr_noise(text, rate=0.06)

VARIANTS = [("reworded", reword), ("reformatted", reformat), ("ocr", ocr), ("truncated", truncate)]

originals, variants, distractors = [], [], []
for i in range(44):
    template = TEMPLATES[i % len(TEMPLATES)]
    text = template().strip()
    kind, make = VARIANTS[i % len(VARIANTS)]
    originals.append({"id": f"doc{i:02d}", "text": text})
    variants.append({"id": f"dup{i:02d}", "of": f"doc{i:02d}", "kind": kind, "text": make(text).strip()})
for i in range(48):
    distractors.append({"id": f"other{i:02d}", "text": TEMPLATES[i % len(TEMPLATES)]().strip()})

with open(os.path.join(here, "near_duplicates.json"), "w", encoding="utf-8") as f:
    json.dump({"originals": originals, "variants": variants, "distractors": distractors}, f, indent=1, ensure_ascii=False)
print(len(originals), len(variants), len(distractors))
