#!/usr/bin/env bash
# Coverage-guided fuzzing of the scanners' parsers with Jazzer's own driver (docs/fuzzing.md).
#
#   aispm-scanners/fuzz.sh [SECONDS] [TARGET...]
#
# Fuzzes each target (default: all of them but package_records, see docs/fuzzing.md) for SECONDS
# (default 5), starting from the seed corpus in
# src/test/resources/dev/aispm/scanners/fuzz/ParserFuzzTestInputs/<method>/ and the
# corpus earlier runs grew under target/fuzz/corpus/. An input that makes a parser throw, hang
# (10 s) or run out of memory is written to target/fuzz/crashes/, and the script exits 1 after
# the remaining targets ran. Set AISPM_FUZZ_DIR to keep the grown corpus elsewhere, and
# AISPM_FUZZ_JOBS to the number of targets fuzzed at a time (default: one per core).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
secs="${1:-5}"
case "$secs" in
  '' | *[!0-9]* | 0) echo "fuzz: SECONDS must be a whole number of 1 or more, was '$secs'" >&2; exit 2 ;;
esac
jobs="${AISPM_FUZZ_JOBS:-$(nproc 2>/dev/null || echo 1)}"
case "$jobs" in
  '' | *[!0-9]* | 0) echo "fuzz: AISPM_FUZZ_JOBS must be a whole number of 1 or more, was '$jobs'" >&2; exit 2 ;;
esac
if [ "$#" -gt 0 ]; then shift; fi
targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
  targets=(pickle numpy safetensors gguf keras_config hdf5 onnx saved_model text csv json_lines
    notebook parquet archive)
fi
work="${AISPM_FUZZ_DIR:-$root/aispm-scanners/target/fuzz}"
mkdir -p "$work/crashes"

(cd "$root" && ./mvnw -q -B -pl aispm-scanners test-compile \
  && ./mvnw -q -B -pl aispm-scanners dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$work/cp.txt" >/dev/null)
cp="$root/aispm-scanners/target/test-classes:$root/aispm-scanners/target/classes:$(cat "$work/cp.txt")"
seeds="$root/aispm-scanners/src/test/resources/dev/aispm/scanners/fuzz/ParserFuzzTestInputs"

# One Jazzer process per target, AISPM_FUZZ_JOBS of them at a time (checked above): each fuzzing
# process keeps one core busy, so on two cores two targets take the wall time of one.
fuzz_one() {
  local t="$1" method
  # The JUnit method fuzzing the same target: keras_config -> kerasConfig.
  method="$(echo "$t" | sed -E 's/_([a-z])/\U\1/g')"
  mkdir -p "$work/corpus/$t"
  if java -Xmx1g -cp "$cp" -Daispm.fuzz.target="$t" com.code_intelligence.jazzer.Jazzer \
      --target_class=dev.aispm.scanners.fuzz.StandaloneFuzzer \
      --instrumentation_includes='dev.aispm.**' --reproducer_path="$work/crashes" \
      -artifact_prefix="$work/crashes/$t-" -max_total_time="$secs" -timeout=30 \
      -rss_limit_mb=2048 -print_final_stats=1 \
      "$work/corpus/$t" "$seeds/$method" > "$work/$t.log" 2>&1; then
    echo ok > "$work/$t.status"
  else
    echo failed > "$work/$t.status"
  fi
}

running=0
for t in "${targets[@]}"; do
  rm -f "$work/$t.status"
  echo "== fuzzing $t for ${secs}s"
  fuzz_one "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n || true
    running=$((running - 1))
  fi
done
wait

failed=()
for t in "${targets[@]}"; do
  if [ "$(cat "$work/$t.status" 2>/dev/null)" != ok ]; then
    echo "fuzz: $t failed; see $work/$t.log and $work/crashes/" >&2
    grep -E "== Java Exception|^Caused by|DEDUP_TOKEN|timeout|out-of-memory" "$work/$t.log" | head -5 >&2 || true
    failed+=("$t")
  else
    echo "$t: $(grep -E "^stat::number_of_executed_units" "$work/$t.log" || echo 'no stats')"
  fi
done
if [ "${#failed[@]}" -gt 0 ]; then
  echo "fuzz: failures in ${failed[*]}" >&2
  exit 1
fi
echo "fuzz: no crash, hang or out-of-memory in ${#targets[@]} targets"
