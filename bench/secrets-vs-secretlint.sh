#!/usr/bin/env bash
# Throughput and recall of aispm's secret scanner against secretlint on the same 50 MB JSONL
# fine-tuning set with planted secrets (reproducible: fixed seed).
#
#   bench/secrets-vs-secretlint.sh [MEGABYTES] [SEED]
#
# Needs Java 17, node and npm. secretlint is installed into a scratch folder, never globally.
# Both tools are timed end to end (process start to exit), on one file, one after the other.
set -euo pipefail

MB="${1:-50}"
SEED="${2:-42}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/aispm-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

now() { date +%s.%N; }
mbps() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.1f", b / 1048576 / s }'; }

echo "== building aispm-scanners"
(cd "$ROOT" && ./mvnw -q -B -pl aispm-scanners -DskipTests package)
(cd "$ROOT" && ./mvnw -q -B -pl aispm-scanners dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null)
CP="$ROOT/aispm-scanners/target/classes:$(cat "$WORK/cp.txt")"
BENCH="dev.aispm.scanners.bench.SecretScanBenchmark"
# A scan is a short-lived process: the client compiler reaches full speed within milliseconds,
# while the server compiler's better peak only pays off on scans of several gigabytes.
JVM_OPTS="${AISPM_JVM_OPTS:--XX:TieredStopAtLevel=1}"

echo "== generating ${MB} MB JSONL (seed ${SEED})"
DATA="$WORK/train.jsonl"
java -cp "$CP" "$BENCH" generate "$DATA" "$MB" "$SEED"
BYTES=$(wc -c < "$DATA")

echo "== installing secretlint into a scratch folder"
SL="$WORK/secretlint"
mkdir -p "$SL"
(cd "$SL" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund \
  secretlint @secretlint/secretlint-rule-preset-recommend >/dev/null)
printf '{"rules":[{"id":"@secretlint/secretlint-rule-preset-recommend"}]}\n' > "$SL/.secretlintrc.json"
SL_VERSION=$(cd "$SL" && node -p 'require("secretlint/package.json").version')

# CPU seconds (user + system) next to wall clock: on a shared machine the wall clock mostly
# measures the other load, while CPU time shows what each tool costs.
TIMEFORMAT='%U %S'

echo "== aispm"
T0=$(now)
{ time java $JVM_OPTS -cp "$CP" "$BENCH" scan "$DATA" "$DATA.planted.tsv" > "$WORK/aispm.txt" ; } 2> "$WORK/aispm.cpu"
T1=$(now)
cat "$WORK/aispm.txt"
AISPM_S=$(awk -v a="$T0" -v b="$T1" 'BEGIN { printf "%.2f", b - a }')
AISPM_CPU=$(awk '{ printf "%.2f", $1 + $2 }' "$WORK/aispm.cpu")

echo "== secretlint ${SL_VERSION}"
T0=$(now)
set +e
{ time (cd "$SL" && NODE_OPTIONS="--max-old-space-size=4096" npx --no-install secretlint --format json \
  --secretlintrc "$SL/.secretlintrc.json" --output "$WORK/secretlint.json" "$DATA") ; } 2> "$WORK/secretlint.cpu"
SL_EXIT=$?
set -e
T1=$(now)
SL_S=$(awk -v a="$T0" -v b="$T1" 'BEGIN { printf "%.2f", b - a }')
SL_CPU=$(tail -n 1 "$WORK/secretlint.cpu" | awk '{ printf "%.2f", $1 + $2 }')
if [ ! -s "$WORK/secretlint.json" ]; then
  echo "secretlint wrote no report (exit $SL_EXIT)"; echo '[]' > "$WORK/secretlint.json"
fi
java -cp "$CP" "$BENCH" score-secretlint "$WORK/secretlint.json" "$DATA.planted.tsv" | tee "$WORK/secretlint.txt"

A_MBPS=$(mbps "$BYTES" "$AISPM_S")
S_MBPS=$(mbps "$BYTES" "$SL_S")
echo
echo "== summary (end-to-end, including process start; machine load: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown); $(nproc 2>/dev/null || echo '?') cores)"
printf "aispm      %8s s wall %8s MB/s %8s s CPU  %s\n" "$AISPM_S" "$A_MBPS" "$AISPM_CPU" "$(grep -o 'planted found [0-9]*/[0-9]*' "$WORK/aispm.txt")"
printf "secretlint %8s s wall %8s MB/s %8s s CPU  %s\n" "$SL_S" "$S_MBPS" "$SL_CPU" "$(grep -o 'planted found [0-9]*/[0-9]*' "$WORK/secretlint.txt")"
awk -v a="$SL_S" -v b="$AISPM_S" 'BEGIN { printf "throughput ratio aispm/secretlint (wall clock): %.1fx\n", a / b }'
awk -v a="$SL_CPU" -v b="$AISPM_CPU" 'BEGIN { if (b > 0) printf "cost ratio secretlint/aispm (CPU seconds): %.1fx\n", a / b }'
