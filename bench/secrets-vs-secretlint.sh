#!/usr/bin/env bash
# Throughput and recall of aispm's secret scanner against secretlint on the same 50 MB JSONL
# fine-tuning set with planted secrets (reproducible: fixed seed).
#
#   bench/secrets-vs-secretlint.sh [MEGABYTES] [SEED] [RUNS]
#
# Needs Java 17, node and npm. secretlint is installed into a scratch folder, never globally, and
# run by its own executable (not through npx, whose start-up would be charged to secretlint).
#
# Each tool runs RUNS times (default 3) on the set and on a one-record file; the best wall-clock
# time of each is kept, since on a shared machine the slower runs measure the other load. Two
# ratios are printed:
#   end to end       process start to exit on the set, start-up included;
#   scan throughput  megabytes over (time on the set - time on one record), i.e. the rate at
#                    which each tool scans once it has started; for large sets this is the rate
#                    that decides how long a scan takes.
# aispm runs with a class-data-sharing archive made by a training run on another generated set
# (standard JDK feature, -XX:SharedArchiveFile), and once without it for comparison. Both run the
# JSON scanner with personal data off, to compare like with like. A last row times the product
# command, ./aispm scan-files with its JSON report, which also looks for personal data and loads
# every scanner; it is built and its launcher's archive made before the timed runs.
set -euo pipefail

MB="${1:-50}"
SEED="${2:-42}"
RUNS="${3:-3}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/aispm-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

echo "== building aispm-scanners and the benchmarks"
(cd "$ROOT" && ./mvnw -q -B -pl aispm-bench -am -DskipTests package)
(cd "$ROOT" && ./mvnw -q -B -pl aispm-scanners dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null)
JAR="$(ls "$ROOT"/aispm-scanners/target/aispm-scanners-*.jar | grep -v -- '-tests.jar' | head -n 1)"
BENCH_JAR="$(ls "$ROOT"/aispm-bench/target/aispm-bench-*.jar | grep -v -- '-tests.jar' | head -n 1)"
# Class-data sharing needs jars only on the class path, so the modules are used as their jars. The
# benchmark needs the scanners alone: the class path is theirs, as the product's scan-files has it.
CP="$JAR:$BENCH_JAR:$(cat "$WORK/cp.txt")"
BENCH="dev.aispm.bench.scanners.SecretScanBenchmark"
# The options ./aispm gives scan-files. A scan is a short-lived process: the client compiler
# reaches full speed within milliseconds, while the server compiler's better peak only pays off on
# scans of several gigabytes; the serial collector starts faster than G1 and no collection is due
# in a streaming scan; no performance-data file is mapped for monitoring tools; where Linux offers
# transparent huge pages on request, the heap uses them (fewer page faults on fresh memory).
DEFAULT_JVM_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"
# ... and the compiler's attention goes to the scanners: their methods compile after a twentieth
# of the usual calls and loop turns, everything else after three times the usual.
DEFAULT_JVM_OPTS="$DEFAULT_JVM_OPTS -XX:CompileCommand=quiet"
DEFAULT_JVM_OPTS="$DEFAULT_JVM_OPTS -XX:CompileCommand=CompileThresholdScaling,dev/aispm/scanners/*.*,0.05"
DEFAULT_JVM_OPTS="$DEFAULT_JVM_OPTS -XX:CompileThresholdScaling=3"
if grep -qE '\[(always|madvise)\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null; then
  DEFAULT_JVM_OPTS="$DEFAULT_JVM_OPTS -XX:+UseTransparentHugePages"
fi
JVM_OPTS="${AISPM_JVM_OPTS:-$DEFAULT_JVM_OPTS}"

echo "== generating ${MB} MB JSONL (seed ${SEED})"
DATA="$WORK/train.jsonl"
java -cp "$CP" "$BENCH" generate "$DATA" "$MB" "$SEED"
BYTES=$(wc -c < "$DATA")
ONE="$WORK/one.jsonl"
head -n 1 "$DATA" > "$ONE"

echo "== installing secretlint into a scratch folder"
SL="$WORK/secretlint"
mkdir -p "$SL"
(cd "$SL" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund \
  secretlint @secretlint/secretlint-rule-preset-recommend >/dev/null)
printf '{"rules":[{"id":"@secretlint/secretlint-rule-preset-recommend"}]}\n' > "$SL/.secretlintrc.json"
SL_VERSION=$(cd "$SL" && node -p 'require("secretlint/package.json").version')
SL_BIN="$SL/node_modules/.bin/secretlint"

echo "== class-data sharing archive for aispm (training run on another, smaller set)"
# The training set has its own seed and is large enough for several blocks, so the archive holds
# every class of a full scan (thread pool, matchers, fingerprints) without seeing the measured set.
TRAIN="$WORK/training.jsonl"
java -cp "$CP" "$BENCH" generate "$TRAIN" 9 "$((SEED + 1))" >/dev/null
JSA="$WORK/aispm-scan.jsa"
java $JVM_OPTS -XX:ArchiveClassesAtExit="$JSA" -cp "$CP" "$BENCH" scan "$TRAIN" "$WORK/training.tsv" \
  >/dev/null 2>"$WORK/cds.log" || true
CDS_OPTS="-XX:SharedArchiveFile=$JSA"
if [ ! -s "$JSA" ]; then
  # Some JDK builds ship without the base archive a dynamic one needs; then both rows are plain.
  echo "no class-data sharing archive could be made (this JDK may lack its base archive):"
  cat "$WORK/cds.log"
  CDS_OPTS=""
fi

# best_of NAME CMD...: runs CMD RUNS times; prints "wall user+sys" of the fastest run and keeps
# that run's output in $WORK/NAME.out.
best_of() {
  local name="$1"; shift
  local best="" i t
  for i in $(seq "$RUNS"); do
    TIMEFORMAT='%R %U %S'
    { time "$@" > "$WORK/$name.try" 2>"$WORK/$name.err" ; } 2> "$WORK/$name.time" || true
    t=$(tail -n 1 "$WORK/$name.time" | awk '{ printf "%.3f %.2f", $1, $2 + $3 }')
    if [ -z "$best" ] || awk -v a="${t%% *}" -v b="${best%% *}" 'BEGIN { exit !(a < b) }'; then
      best="$t"
      mv "$WORK/$name.try" "$WORK/$name.out"
    fi
  done
  echo "$best"
}

sl_scan() {
  (cd "$SL" && NODE_OPTIONS="--max-old-space-size=4096" "$SL_BIN" --format json \
    --secretlintrc "$SL/.secretlintrc.json" --output "$2" "$1")
}

# Each timed run scans and writes its report, as secretlint does; scoring runs afterwards, untimed.
echo "== aispm (best of ${RUNS})"
A_CDS=$(best_of aispm java $JVM_OPTS $CDS_OPTS -cp "$CP" "$BENCH" scan "$DATA" "$WORK/aispm.tsv")
cat "$WORK/aispm.out"
java -cp "$CP" "$BENCH" score-aispm "$WORK/aispm.tsv" "$DATA.planted.tsv" | tee "$WORK/aispm.txt"
A_CDS_ONE=$(best_of aispm-one java $JVM_OPTS $CDS_OPTS -cp "$CP" "$BENCH" scan "$ONE" "$WORK/one.tsv")
A_PLAIN=$(best_of aispm-plain java $JVM_OPTS -cp "$CP" "$BENCH" scan "$DATA" "$WORK/aispm-plain.tsv")
java -cp "$CP" "$BENCH" score-aispm "$WORK/aispm-plain.tsv" "$DATA.planted.tsv" > "$WORK/aispm-plain.txt"
A_PLAIN_ONE=$(best_of aispm-plain-one java $JVM_OPTS -cp "$CP" "$BENCH" scan "$ONE" "$WORK/one.tsv")

echo "== secretlint ${SL_VERSION} (best of ${RUNS})"
S_FULL=$(best_of secretlint sl_scan "$DATA" "$WORK/secretlint.json")
S_ONE=$(best_of secretlint-one sl_scan "$ONE" "$WORK/secretlint-one.json")
echo "== ./aispm scan-files (best of ${RUNS})"
(cd "$ROOT" && ./aispm scan-files "$ONE" --format json >/dev/null 2>&1) || true
cli_scan() { "$ROOT/aispm" scan-files "$1" --format json > "$2" || [ $? -eq 1 ]; }
C_FULL=$(best_of cli cli_scan "$DATA" "$WORK/cli.json")
C_ONE=$(best_of cli-one cli_scan "$ONE" "$WORK/cli-one.json")
java -cp "$CP" "$BENCH" score-scan-files "$WORK/cli.json" "$DATA.planted.tsv" | tee "$WORK/cli.txt"

if [ ! -s "$WORK/secretlint.json" ]; then
  echo "secretlint wrote no report:"; cat "$WORK/secretlint.err"; echo '[]' > "$WORK/secretlint.json"
fi
java -cp "$CP" "$BENCH" score-secretlint "$WORK/secretlint.json" "$DATA.planted.tsv" | tee "$WORK/secretlint.txt"

# row LABEL "WALL CPU" "START-UP-WALL" FOUND
row() {
  local wall="${2%% *}" cpu="${2##* }" start="${3%% *}"
  awk -v l="$1" -v b="$BYTES" -v w="$wall" -v c="$cpu" -v s="$start" -v f="$4" 'BEGIN {
    scan = w - s; rate = scan > 0 ? sprintf("%.1f", b / 1048576 / scan) : "n/a";
    printf "%-22s %7.2f s %9.1f MB/s %7.2f s %11s MB/s %7.2f s  %s\n", l, w, b / 1048576 / w, s, rate, c, f }'
}
found() { grep -o 'planted found [0-9]*/[0-9]*' "$1" | head -n 1; }

echo
echo "== summary: ${MB} MB, best of ${RUNS}; machine load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown); $(nproc 2>/dev/null || echo '?') cores"
printf "%-22s %9s %14s %9s %16s %9s  %s\n" "" "wall" "end to end" "start-up" "scan throughput" "CPU" "recall"
row "aispm" "$A_CDS" "$A_CDS_ONE" "$(found "$WORK/aispm.txt")"
row "aispm (no CDS archive)" "$A_PLAIN" "$A_PLAIN_ONE" "$(found "$WORK/aispm-plain.txt")"
row "secretlint $SL_VERSION" "$S_FULL" "$S_ONE" "$(found "$WORK/secretlint.txt")"
row "./aispm scan-files" "$C_FULL" "$C_ONE" "$(found "$WORK/cli.txt")"
awk -v a="${A_CDS%% *}" -v s="${S_FULL%% *}" -v a1="${A_CDS_ONE%% *}" -v s1="${S_ONE%% *}" 'BEGIN {
  printf "ratio aispm/secretlint, end to end:      %.1fx\n", s / a;
  if (a - a1 > 0) printf "ratio aispm/secretlint, scan throughput: %.1fx\n", (s - s1) / (a - a1) }'
awk -v a="${A_CDS##* }" -v s="${S_FULL##* }" 'BEGIN { if (a > 0) printf "cost ratio secretlint/aispm, CPU seconds: %.1fx\n", s / a }'
awk -v c="${C_FULL%% *}" -v s="${S_FULL%% *}" 'BEGIN {
  printf "ratio ./aispm scan-files (secrets and personal data, every scanner)/secretlint, end to end: %.1fx\n", s / c }'
