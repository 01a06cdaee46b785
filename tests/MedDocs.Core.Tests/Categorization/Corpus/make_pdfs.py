#!/usr/bin/env python3
"""Renders a few corpus documents as PDFs (groff -Tpdf, Courier, no-fill so the layout survives) for the PDF
reader's evaluation. Each PDF gets a sidecar pdf_NNN_name.txt holding exactly the text it was rendered from.
Needs groff (apt-get install -y groff); the tests do not run this, they only read its committed output."""
import os
import subprocess

PICKS = {
    "Medical Record": ["001_discharge_summary.txt", "012_progress_note.txt", "016_radiology.txt"],
    "Bill": ["001_itemized.txt", "013_eob.txt", "018_ambulance.txt"],
    "Pleading": ["001_complaint.txt", "006_complaint_with_bill_exhibit.txt", "012_motion.txt"],
    "Documentary Evidence": ["001_police_report.txt", "020_email.txt", "014_affidavit.txt"],
}

def escape(line):
    line = line.replace("\\", "\\e")
    if line.startswith((".", "'")):
        line = "\\&" + line
    return line

here = os.path.dirname(os.path.abspath(__file__))
for category, names in PICKS.items():
    for name in names:
        source = os.path.join(here, category, name)
        with open(source, encoding="utf-8") as f:
            text = f.read()
        text = text.encode("ascii", "replace").decode("ascii")
        stem = "pdf_" + name[:-4]
        roff = ".pl 11i\n.ll 7.5i\n.po 0.5i\n.ps 9\n.vs 11\n.ft CR\n.nf\n" + "\n".join(escape(l) for l in text.splitlines()) + "\n"
        pdf = subprocess.run(["groff", "-Tpdf", "-P-pletter"], input=roff.encode("ascii"), capture_output=True, check=True).stdout
        with open(os.path.join(here, category, stem + ".pdf"), "wb") as f:
            f.write(pdf)
        with open(os.path.join(here, category, stem + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        print(category, stem, len(pdf))
