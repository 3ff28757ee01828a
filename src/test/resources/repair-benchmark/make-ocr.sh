#!/bin/bash
# Makes spanga-tensta-2022.ocr.txt (and .clean.txt, the clean pages): corpus/spanga-tensta-verksamhetsplan-2022.txt split into ~3000-char pages,
# typeset (Liberation Sans 11pt, 300 dpi A4), degraded like a poor B/W office scan (skew, 135 dpi, blur, noise, threshold),
# then read by Tesseract 5 with the ENGLISH model (-l eng); pages joined by \f. Prints CER/WER vs. the clean pages.
#
# Needs: ImageMagick 6 (convert), tesseract 5 + eng traineddata, fonts-liberation, python3
#   (Debian: apt-get install imagemagick tesseract-ocr tesseract-ocr-eng fonts-liberation).
# Usage: make-ocr.sh [SOURCE.txt OUT.ocr.txt [WORKDIR]]   (default: the Spånga-Tensta plan into this folder; the clean
#   pages go beside OUT as .clean.txt; WORKDIR keeps the page texts/images, default a temp dir). SEED=N (default 0)
#   gives other skews and noise for the same pages.
# Runs ONE tesseract at a time, single-threaded, under nice -n 19.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../../.." && pwd)"
SRC="$(realpath "${1:-$ROOT/corpus/spanga-tensta-verksamhetsplan-2022.txt}")"
OUT="$(realpath -m "${2:-$HERE/spanga-tensta-2022.ocr.txt}")"
WORK="${3:-$(mktemp -d)}"
mkdir -p "$WORK/chunks" "$WORK/wrap" "$WORK/png" "$WORK/ocr"
cd "$WORK"

FONT=Liberation-Sans; PT=11; TEXTW=2080          # text block width in px (A4 2480 px wide, 200 px margins)
CHUNK=3000                                    # target characters per page
SCALE=45%; BLUR=0.5; NOISE=0.6; THRESH=50%    # degradation (see degrade below); calibrated to CER~0.055
export MAGICK_THREAD_LIMIT=1 OMP_THREAD_LIMIT=1

# 1. split into page chunks at line ends; tabs -> spaces; a \f in the input forces a page break
python3 - "$SRC" chunks "$CHUNK" <<'EOF'
import os, sys
src, outdir, target = sys.argv[1], sys.argv[2], int(sys.argv[3])
text = open(src, encoding='utf-8').read().replace('\r\n', '\n').replace('\t', ' ')
chunks = []
for part in text.split('\f'):
    cur, n = [], 0
    for line in part.split('\n'):
        line = line.rstrip()
        if cur and n + len(line) + 1 > target:
            chunks.append(cur); cur, n = [], 0
        cur.append(line); n += len(line) + 1
    if cur: chunks.append(cur)
k = 0
for c in chunks:
    s = '\n'.join(c).strip('\n')
    if not s.strip(): continue
    k += 1
    open(os.path.join(outdir, f'p{k:03d}.txt'), 'w', encoding='utf-8').write(s + '\n')
print(k, 'pages')
EOF

# 2. word-wrap each page to the text width using glyph advances measured by ImageMagick
#    (ImageMagick's caption: fails on long texts and Debian's policy forbids @file, so we wrap ourselves)
python3 - "$FONT" "$PT" "$TEXTW" <<'EOF'
import glob, os, re, subprocess, sys
font, pt, width = sys.argv[1], sys.argv[2], int(sys.argv[3])
files = sorted(glob.glob('chunks/p*.txt'))
texts = {f: open(f, encoding='utf-8').read() for f in files}
chars = sorted(set(''.join(texts.values()).replace('\n', '')) | {' '})
N = 20
samples = ['xx'] + ['x' + c * N + 'x' for c in chars]
cmd = ['nice', '-n', '19', 'convert', '-debug', 'annotate', 'xc:', '-density', '300', '-font', font, '-pointsize', pt]
for s in samples: cmd += ['-annotate', '0', s.replace('%', '%%')]
cmd += ['null:']
err = subprocess.run(cmd, capture_output=True, text=True).stderr
ws = [int(m) for m in re.findall(r'Metrics: text: .*?; width: (\d+);', err, re.S)]
assert len(ws) == len(samples), (len(ws), len(samples))
w = {c: (x - ws[0]) / N for c, x in zip(chars, ws[1:])}
def tw(s): return sum(w[c] for c in s)
limit = width * 0.98
for f, text in texts.items():
    out = []
    for line in text.split('\n'):
        cur = ''
        for word in line.split(' '):
            cand = word if not cur else cur + ' ' + word
            if tw(cand) <= limit or not cur: cur = cand
            else: out.append(cur); cur = word
            while tw(cur) > limit:            # hard-break an over-long token
                k = len(cur)
                while k > 1 and tw(cur[:k]) > limit: k -= 1
                out.append(cur[:k]); cur = cur[k:]
        out.append(cur)
    open('wrap/' + os.path.basename(f), 'w', encoding='utf-8').write('\n'.join(out).rstrip('\n') + '\n')
EOF

# 3. render + degrade + OCR, one page at a time
t0=$(date +%s.%N); ocr_s=0
for f in chunks/p*.txt; do
  b=$(basename "$f" .txt); k=$((10#${b#p} + ${SEED:-0} * 1000))
  T="$(sed -e 's/%/%%/g' -e '1s/^@/\\@/' "wrap/$b.txt")"
  n=$(wc -l < "wrap/$b.txt"); H=$(( n * 56 + 500 )); [ $H -lt 3508 ] && H=3508
  ANG=$(awk -v k=$k 'BEGIN{printf "%.2f", ((k*37)%121-60)/100}')   # deterministic skew in [-0.60, 0.60] deg
  # typeset, then degrade: skew, rescan at 135 dpi, optical blur, gaussian sensor noise, binarize (B/W scanner mode)
  nice -n 19 convert -size 2480x$H xc:white -density 300 -units PixelsPerInch \
    -font "$FONT" -pointsize "$PT" -fill black -gravity NorthWest -annotate +200+250 "$T" \
    -seed "$k" -background white -rotate "$ANG" -resize $SCALE -blur 0x$BLUR -attenuate $NOISE +noise Gaussian \
    -colorspace Gray -threshold $THRESH -density 135 -depth 8 "png/$b.png"
  s=$(date +%s.%N)
  OMP_THREAD_LIMIT=1 nice -n 19 tesseract "png/$b.png" - -l eng > "ocr/$b.txt" 2>/dev/null
  ocr_s=$(awk -v a="$ocr_s" -v s="$s" -v e="$(date +%s.%N)" 'BEGIN{print a+e-s}')
done
echo "total $(awk -v s="$t0" -v e="$(date +%s.%N)" 'BEGIN{printf "%.0f", e-s}') s, tesseract $(printf '%.0f' "$ocr_s") s"

# 4. join pages with \f, report CER/WER (whitespace folded) against the clean page texts
python3 - "$OUT" <<'EOF'
import glob, re, sys
def lev(a, b):                      # bit-parallel Levenshtein (Myers/Hyyro), works on str or list
    if not a: return len(b)
    if not b: return len(a)
    m, peq = len(a), {}
    for i, c in enumerate(a): peq[c] = peq.get(c, 0) | (1 << i)
    mask, hb = (1 << m) - 1, 1 << (m - 1)
    pv, mv, score = mask, 0, m
    for c in b:
        eq = peq.get(c, 0); xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | ~(xh | pv); mh = pv & xh
        if ph & hb: score += 1
        elif mh & hb: score -= 1
        ph = (ph << 1) | 1; mh <<= 1
        pv = (mh | ~(xv | ph)) & mask; mv = ph & xv
    return score
fold = lambda s: re.sub(r'\s+', ' ', s).strip()
pages, T = [], [0, 0, 0, 0]
for f in sorted(glob.glob('ocr/p*.txt')):
    hyp = open(f, encoding='utf-8').read(); pages.append(hyp)
    r, h = fold(open(f.replace('ocr/', 'chunks/'), encoding='utf-8').read()), fold(hyp)
    T = [T[0] + lev(r, h), T[1] + len(r), T[2] + lev(r.split(' '), h.split(' ')), T[3] + len(r.split(' '))]
open(sys.argv[1], 'w', encoding='utf-8').write('\f'.join(pages))
# the clean pages beside them, for evaluating repair page by page
clean = [open(f, encoding='utf-8').read() for f in sorted(glob.glob('chunks/p*.txt'))]
open(sys.argv[1].replace('.ocr.txt', '.clean.txt'), 'w', encoding='utf-8').write('\f'.join(clean))
print(f'{len(pages)} pages -> {sys.argv[1]}; CER {T[0]/T[1]:.4f} WER {T[2]/T[3]:.4f}')
EOF
