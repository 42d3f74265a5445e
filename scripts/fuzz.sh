#!/usr/bin/env bash
# Builds the libFuzzer targets (Fuzz/README.md) and fuzzes each over its corpus in Fuzz/Corpus/<target>/.
#
#   scripts/fuzz.sh [seconds-per-target] [target...]      fuzz (default 60 s, all targets)
#   scripts/fuzz.sh --corpus-only [target...]             run each corpus input once (what CI does)
#
# Environment: FUZZ_OUT (artefacts and new inputs; default /tmp/storyline-fuzz), FUZZ_MAX_LEN (default 65536),
# FUZZ_TIMEOUT (seconds per input before it counts as a hang; default 10), FUZZ_RSS_MB (default 2048),
# FUZZ_NICE (default 19), FUZZ_BUILD_PATH (default .build-fuzz), FUZZ_CONFIG (release; debug builds faster and
# is enough to replay the corpus), FUZZ_MERGE=1 (merge the new inputs found into the repository corpus, minimised).
# Prints one line per target: executions, crashes, hangs (timeouts), OOMs; exits non-zero if any target failed.
set -euo pipefail
cd "$(dirname "$0")/.."

all_targets=(FuzzPageTree FuzzPlainText FuzzWARC FuzzGzip FuzzJSONLines FuzzFeed FuzzSearchQuery)
corpus_only=0
seconds=60
if [ "${1:-}" = "--corpus-only" ]; then corpus_only=1; shift
elif [[ "${1:-}" =~ ^[0-9]+$ ]]; then seconds=$1; shift
fi
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

out=${FUZZ_OUT:-/tmp/storyline-fuzz}
max_len=${FUZZ_MAX_LEN:-65536}
timeout=${FUZZ_TIMEOUT:-10}
rss=${FUZZ_RSS_MB:-2048}
niceness=${FUZZ_NICE:-19}
build=${FUZZ_BUILD_PATH:-.build-fuzz}
configuration=${FUZZ_CONFIG:-release}
mkdir -p "$out"

# The fuzz build has its own build path (other flags than the normal build); it reuses the normal build's resolved
# dependencies when there are some, so that it needs no network.
if [ ! -d "$build/checkouts" ] && [ -d .build/checkouts ]; then
  mkdir -p "$build"
  cp -a .build/checkouts .build/repositories .build/workspace-state.json "$build"/ 2>/dev/null || true
fi
build_start=$(date +%s)
for target in "${targets[@]}"; do
  STORYLINE_FUZZ=1 nice -n "$niceness" swift build -c "$configuration" --build-path "$build" --product "$target" \
    -Xswiftc -sanitize=fuzzer,address >"$out/build-$target.log" 2>&1 \
    || { tail -n 30 "$out/build-$target.log"; echo "fuzz build of $target failed" >&2; exit 1; }
done
echo "fuzz build: $(( $(date +%s) - build_start )) s for ${#targets[@]} targets"

# The Swift runtime's backtracer can hang after a crash under libFuzzer; libFuzzer and ASan report crashes themselves.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
status=0
run=$(date -u +%Y%m%dT%H%M%S)
printf '%-16s %12s %8s %6s %5s %6s\n' target executions crashes hangs ooms corpus
for target in "${targets[@]}"; do
  corpus=Fuzz/Corpus/$target
  found=$out/$target/new
  # Each run its own artefacts folder: what an earlier run found (and was fixed since) is not counted again.
  artefacts=$out/$target/artefacts/$run
  mkdir -p "$corpus" "$found" "$artefacts"
  log=$out/$target/fuzz.log
  common=(-max_len="$max_len" -timeout="$timeout" -rss_limit_mb="$rss" -malloc_limit_mb="$rss"
          -artifact_prefix="$artefacts/" -print_final_stats=1)
  if [ $corpus_only = 1 ]; then
    # Every corpus input once, no mutation: fast, deterministic.
    nice -n "$niceness" "$build/$configuration/$target" "${common[@]}" -runs=0 "$corpus" >"$log" 2>&1 || true
  else
    # -fork keeps fuzzing after a crash, hang or OOM (each is saved), so one run reports all three kinds.
    nice -n "$niceness" "$build/$configuration/$target" "${common[@]}" -max_total_time="$seconds" -fork=1 \
      -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 "$found" "$corpus" >"$log" 2>&1 || true
  fi
  # Executions: the final stats of a plain run, or the last progress line of a -fork run.
  executions=$( (grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" || true) | awk '{s += $2} END {print s + 0}')
  if [ "$executions" = 0 ]; then
    executions=$( (grep -oE '^#[0-9]+' "$log" || true) | tail -n 1 | tr -d '#')
    executions=${executions:-0}
  fi
  crashes=$(find "$artefacts" -name 'crash-*' | wc -l)
  hangs=$(find "$artefacts" -name 'timeout-*' | wc -l)
  ooms=$(find "$artefacts" -name 'oom-*' | wc -l)
  inputs=$(find "$corpus" -type f | wc -l)
  if ! grep -qE 'Done [0-9]+ runs|INFO: exiting: [0-9]+' "$log"; then
    echo "$target: the fuzzer did not finish normally; see $log" >&2
    tail -n 20 "$log" >&2
    status=1
  fi
  printf '%-16s %12s %8s %6s %5s %6s\n' "$target" "$executions" "$crashes" "$hangs" "$ooms" "$inputs"
  [ $((crashes + hangs + ooms)) = 0 ] || { status=1; echo "  artefacts: $artefacts" >&2; }
  if [ "${FUZZ_MERGE:-0}" = 1 ] && [ $corpus_only = 0 ]; then
    nice -n "$niceness" "$build/$configuration/$target" -merge=1 -max_len="$max_len" -timeout="$timeout" \
      "$corpus" "$found" >>"$out/$target/merge.log" 2>&1 || true
  fi
done
exit $status
