#!/usr/bin/env bash
# Model scanning end to end, process start to exit: `./aispm scan-files` on an opcode-dense pickle
# with a code-execution payload at its very end, against picklescan itself when it is installed and
# against Python's own pickle opcode walker.
#
#   bench/models-vs-pickletools.sh [MEGABYTES=33] [RUNS=3]
#   PICKLESCAN=.venv/bin/picklescan bench/models-vs-pickletools.sh 33 3   # a picklescan not on PATH
#
# picklescan (pip install picklescan) is found through the PICKLESCAN environment variable, which
# holds the command to run (it is given `--path FILE`), else as `picklescan` on PATH. When neither
# is there the script says so and times the genops loop alone.
#
# The second reference is the loop at the heart of pickle scanners written in Python (picklescan,
# modelscan): `pickletools.genops` over every opcode, collecting the GLOBAL and STACK_GLOBAL
# imports. picklescan runs that loop and then checks what it collected, so a tool that beats the
# bare loop by a factor beats picklescan by at least as much; the loop needs only the Python
# standard library, so it runs on every machine.
#
# The pickle is a list of 16 million one-byte integers written with protocol 2 (two bytes per
# opcode, the densest common shape), followed by `posix.system('...')` before STOP, so a scanner
# that stops early or samples misses it. It is generated as bytes and never unpickled.
# Each command runs RUNS times; the best wall-clock time is kept, since on a shared machine the
# slower runs measure the other load. Every tool timed must report the payload.
set -euo pipefail

MB="${1:-33}"
RUNS="${2:-3}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/aispm-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
PKL="$WORK/dense.pkl"

echo "== generating a ${MB} MB opcode-dense pickle with a payload at its end"
python3 - "$PKL" "$MB" <<'PY'
import struct, sys
path, mb = sys.argv[1], int(sys.argv[2])
target = mb * 1024 * 1024
with open(path, "wb") as out:
    out.write(b"\x80\x02]q\x00(")            # PROTO 2, EMPTY_LIST, BINPUT 0, MARK
    written, batch = 6, 0
    chunk = bytearray()
    while written < target - 64:
        chunk += b"K" + bytes([written % 251])  # BININT1
        written += 2
        batch += 1
        if batch == 1000:                      # APPENDS and a new MARK, as pickle writes lists
            chunk += b"e("
            written += 2
            batch = 0
        if len(chunk) > 1 << 20:
            out.write(chunk)
            chunk.clear()
    out.write(chunk)
    cmd = b"echo payload"
    out.write(b"e")                                         # APPENDS
    out.write(b"cposix\nsystem\n(X" + struct.pack("<I", len(cmd)) + cmd + b"tR.")
PY
BYTES=$(wc -c < "$PKL")

PICKLESCAN_CMD=()
if [[ -n "${PICKLESCAN:-}" ]]; then
  read -r -a PICKLESCAN_CMD <<< "$PICKLESCAN"
elif command -v picklescan >/dev/null 2>&1; then
  PICKLESCAN_CMD=(picklescan)
fi

echo "== building ./aispm (and its class-data archive)"
(cd "$ROOT" && ./aispm scan-files --help >/dev/null 2>&1 || true)

best() {  # best wall-clock seconds of RUNS runs of "$@", output of the last run in $WORK/out
  local best=""
  for _ in $(seq "$RUNS"); do
    local t0 t1
    t0=$(date +%s.%N)
    "$@" > "$WORK/out" 2>&1 || true
    t1=$(date +%s.%N)
    best=$(python3 -c "t=$t1-$t0; b='$best'; print(min(t, float(b)) if b else t)")
  done
  echo "$best"
}

echo "== aispm scan-files"
AISPM=$(best "$ROOT/aispm" scan-files "$PKL" --format json)
grep -q "posix" "$WORK/out" || { echo "aispm did not report the payload:" >&2; head -c 2000 "$WORK/out" >&2; exit 1; }

echo "== python3 pickletools.genops"
PY=$(best python3 -c '
import pickletools, sys
found, strings = [], []
with open(sys.argv[1], "rb") as f:
    for op, arg, pos in pickletools.genops(f):
        if op.name == "GLOBAL":
            found.append(arg)
        elif op.name in ("SHORT_BINUNICODE", "BINUNICODE", "UNICODE"):
            strings = (strings + [arg])[-2:]
        elif op.name == "STACK_GLOBAL" and len(strings) == 2:
            found.append(" ".join(strings))
print(found)
' "$PKL")
grep -q "posix" "$WORK/out" || { echo "the genops loop did not report the payload" >&2; exit 1; }

PS=""
if [[ ${#PICKLESCAN_CMD[@]} -gt 0 ]]; then
  echo "== picklescan: ${PICKLESCAN_CMD[*]} --path FILE"
  PS=$(best "${PICKLESCAN_CMD[@]}" --path "$PKL")
  grep -Eq "posix.system" "$WORK/out" || { echo "picklescan did not report the payload:" >&2; head -c 2000 "$WORK/out" >&2; exit 1; }
else
  echo "== picklescan not found (set PICKLESCAN to its command, or put picklescan on PATH): genops loop only"
fi

LOAD="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
python3 - "$BYTES" "$AISPM" "$PY" "$LOAD" "$(nproc 2>/dev/null || echo '?')" "$PS" <<'PY'
import sys
size, aispm, py = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
ps = float(sys.argv[6]) if sys.argv[6] else None
mb = size / 1048576
# Wall-clock ratios move with the machine's load: print it beside them, as the secrets benchmark does.
print(f"== summary: {mb:.1f} MB; machine load {sys.argv[4]}; {sys.argv[5]} cores")
print(f"{'tool':<28}{'wall (best)':>12}{'MB/s':>10}")
print(f"{'aispm scan-files':<28}{aispm:>11.2f}s{mb / aispm:>10.1f}")
if ps is not None:
    print(f"{'picklescan':<28}{ps:>11.2f}s{mb / ps:>10.1f}")
print(f"{'pickletools.genops loop':<28}{py:>11.2f}s{mb / py:>10.1f}")
if ps is not None:
    print(f"ratio: aispm is {ps / aispm:.1f} x picklescan, end to end on {mb:.1f} MB")
else:
    print("ratio: picklescan not found, not timed")
print(f"ratio: aispm is {py / aispm:.1f} x the genops loop, end to end on {mb:.1f} MB")
PY
