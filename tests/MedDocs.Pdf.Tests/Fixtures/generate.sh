#!/usr/bin/env bash
# Regenerates the fixture corpus (synthetic content only) and poppler's reference text for each PDF.
# Needs: groff ghostscript texlive-latex-base chromium fonts-liberation fonts-wqy-microhei img2pdf qpdf poppler-utils.
# Run from this folder. The committed files are the output; tests never run this script.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

groff -ms -Tpdf src/letter.ms > groff-letter.pdf
groff -ms -Tps src/letter.ms > "$work/letter.ps"
gs -q -dNOPAUSE -dBATCH -sDEVICE=pdfwrite -sOutputFile=gs-letter.pdf "$work/letter.ps"
(cd "$work" && pdflatex -interaction=batchmode "$OLDPWD/src/report.tex" >/dev/null) && cp "$work/report.pdf" pdflatex-report.pdf
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=chromium-lab.pdf "file://$PWD/src/lab.html" 2>/dev/null
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=chromium-cjk.pdf "file://$PWD/src/cjk.html" 2>/dev/null

soffice --headless --convert-to pdf --outdir "$work" src/referral.fodt >/dev/null 2>&1 && cp "$work/referral.pdf" libreoffice-referral.pdf
cp src/cjk.html "$work/lo-cjk.html" && soffice --headless --convert-to pdf:writer_pdf_Export --outdir "$work" "$work/lo-cjk.html" >/dev/null 2>&1 && cp "$work/lo-cjk.pdf" libreoffice-cjk.pdf

# Structure variants (qpdf)
qpdf --object-streams=generate pdflatex-report.pdf qpdf-objstm.pdf
qpdf --linearize chromium-lab.pdf qpdf-linearized.pdf
qpdf --allow-weak-crypto --encrypt "" owner 40 -- gs-letter.pdf enc-rc4-40.pdf
qpdf --allow-weak-crypto --encrypt "" owner 128 --use-aes=n -- gs-letter.pdf enc-rc4-128.pdf
qpdf --encrypt "" owner 128 --use-aes=y -- gs-letter.pdf enc-aes-128.pdf
qpdf --encrypt "" owner 256 -- pdflatex-report.pdf enc-aes-256.pdf
qpdf --allow-weak-crypto --encrypt "" owner 256 --force-R5 -- gs-letter.pdf enc-aes-256-r5.pdf
qpdf --encrypt secret owner 256 -- groff-letter.pdf enc-userpw-aes-256.pdf
qpdf --allow-weak-crypto --encrypt secret owner 128 --use-aes=n -- groff-letter.pdf enc-userpw-rc4-128.pdf
qpdf --qdf --object-streams=disable gs-letter.pdf "$work/qdf.pdf"

# Damaged copies: wrong startxref, shifted offsets, garbled table, cut tail.
python3 - <<'PY'
import re
src = open('gs-letter.pdf','rb').read()
at = src.rfind(b'startxref')
open('damaged-startxref.pdf','wb').write(src[:at] + b'startxref\n123\n%%EOF\n')
obj = src.find(b'3 0 obj')
open('damaged-shifted.pdf','wb').write(src[:obj] + b'% inserted junk that shifts every later offset\n' * 3 + src[obj:])
x = src.rfind(b'\nxref') + 1
garbled = bytearray(src); garbled[x+12:x+80] = b'#' * 68
open('damaged-garbled-xref.pdf','wb').write(bytes(garbled))
objstm = open('qpdf-objstm.pdf','rb').read()
first = objstm.find(b' 0 obj')
open('damaged-objstm-shifted.pdf','wb').write(objstm[:first-2] + b'%' + b' junk' * 40 + b'\n' + objstm[first-2:])
lat = open('pdflatex-report.pdf','rb').read()
open('damaged-truncated.pdf','wb').write(lat[:lat.rfind(b'xref')] )
PY

# Scanned pages: a JPEG (DCT) and a PNG (Flate + PNG predictors) made from the letter, image-only PDFs.
gs -q -dNOPAUSE -dBATCH -sDEVICE=jpeggray -r60 -dJPEGQ=60 -sOutputFile="$work/scan.jpg" gs-letter.pdf
gs -q -dNOPAUSE -dBATCH -sDEVICE=pnggray -r40 -sOutputFile="$work/scan.png" gs-letter.pdf
img2pdf --pagesize A4 -o scanned-jpeg.pdf "$work/scan.jpg"
img2pdf --pagesize A4 -o scanned-png.pdf "$work/scan.png"
gs -q -dNOPAUSE -dBATCH -sDEVICE=tiffg4 -r100 -sOutputFile="$work/scan-g4.tif" groff-letter.pdf
img2pdf --pagesize A4 -o scanned-ccitt.pdf "$work/scan-g4.tif"

for f in *.pdf; do
  case "$f" in *userpw*) pdftotext -enc UTF-8 -upw secret "$f" "${f%.pdf}.txt" ;; *) pdftotext -enc UTF-8 "$f" "${f%.pdf}.txt" 2>/dev/null || true ;; esac
done
