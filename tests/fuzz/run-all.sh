#!/usr/bin/env bash
# Runs every libFuzzer target for SECONDS each (default 30), one after the other, and fails if any
# of them finds a crash, a sanitizer report, a leak, a timeout or an out-of-memory.
#
#   tests/fuzz/run-all.sh [SECONDS]
#
# Builds the fuzz preset first (configuring it if needed; ninja makes this a no-op when up to
# date). Each target starts from a scratch copy of its seed corpus (tests/fuzz/corpus/<corpus>/)
# plus its saved reproducers (tests/fuzz/regressions/<target>/), so a CI run never grows the
# checked-in corpora. Findings are kept in $QUARRY_FUZZ_FINDINGS (default BUILD/fuzz-findings/);
# the path of each reproducer is printed.
#
# Environment: QUARRY_FUZZ_BUILD_DIR (default build/fuzz, the preset's folder),
# QUARRY_FUZZ_TARGETS (space-separated subset of the names below), QUARRY_FUZZ_JOBS (build jobs, 2),
# QUARRY_FUZZ_FLAGS (more libFuzzer flags for every target, e.g. "-dict=FILE"; they come last and
# override the ones below).
set -euo pipefail

seconds=${1:-30}
if ! [[ $seconds =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
    echo "usage: $0 [SECONDS]" >&2
    exit 2
fi
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${QUARRY_FUZZ_BUILD_DIR:-$root/build/fuzz}
findings=${QUARRY_FUZZ_FINDINGS:-$build/fuzz-findings}

# target:seed-folder:max_len. max_len: beyond libFuzzer's 4 KiB default for the container formats;
# fuzz_project_open needs at least its largest seed (the 4 KiB-page project, 208 KiB).
all_targets=(
    fuzz_textdecoder:textdecoder:16384
    fuzz_textcleaner:textcleaner:16384
    fuzz_docxreader:docxreader:65536
    fuzz_htmlreader:htmlreader:65536
    fuzz_textreaders:textreaders:16384
    fuzz_project_open:project_open:220000
    fuzz_project_wal:project_wal:131072
    fuzz_rulepack:rulepack:16384
    fuzz_scanner:scanner:16384
    fuzz_scanner_utf8:scanner_utf8:16384
    fuzz_jsonl_import:jsonl_import:16384
    fuzz_worker_protocol:worker_protocol:16384
    fuzz_hwpreader:hwpreader:65536
    fuzz_hwpxreader:hwpxreader:65536
    fuzz_llm_reply:llm_reply:16384
)
targets=()
for entry in "${all_targets[@]}"; do
    name=${entry%%:*}
    if [ -z "${QUARRY_FUZZ_TARGETS:-}" ] || [[ " $QUARRY_FUZZ_TARGETS " == *" $name "* ]]; then
        targets+=("$entry")
    fi
done
if [ ${#targets[@]} -eq 0 ]; then
    echo "run-all.sh: no target matches QUARRY_FUZZ_TARGETS=$QUARRY_FUZZ_TARGETS" >&2
    exit 2
fi

start=$(date +%s)
if [ ! -f "$build/CMakeCache.txt" ]; then
    if [ "$build" = "$root/build/fuzz" ]; then
        (cd "$root" && cmake --preset fuzz)
    else
        # The same cache as the fuzz preset, in another folder.
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_COMPILER=clang \
            -DCMAKE_CXX_COMPILER=clang++ -DQUARRY_BUILD_TESTS=OFF -DQUARRY_BUILD_BENCHMARKS=OFF \
            -DQUARRY_BUILD_FUZZERS=ON
    fi
fi
cmake --build "$build" -j"${QUARRY_FUZZ_JOBS:-2}" --target "${targets[@]%%:*}"
echo "run-all.sh: built in $(( $(date +%s) - start )) s"

scratch=$(mktemp -d "${TMPDIR:-/tmp}/quarry-fuzz.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$findings"
# UBSan reports are findings too (by default it prints and goes on); LeakSanitizer is on.
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
# Third-party memory kept for the life of the process (fontconfig, reached through Poppler's
# rendering in fuzz_worker_protocol) is not a finding: the same suppressions as the asan preset.
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/lsan.supp:print_suppressions=0}

# One fuzzing process at a time, in-process (no -jobs: even -jobs=1 forks a child that logs to
# fuzz-0.log), so that CI on two cores stays responsive and each log holds the whole story.
failed=()
for entry in "${targets[@]}"; do
    IFS=: read -r name seeds max_len <<<"$entry"
    exe=$build/tests/fuzz/$name
    corpus=$scratch/$name
    mkdir -p "$corpus" "$findings/$name"
    cp "$root/tests/fuzz/corpus/$seeds/"* "$corpus/"
    if [ -d "$root/tests/fuzz/regressions/$name" ]; then
        cp "$root/tests/fuzz/regressions/$name/"* "$corpus/" 2>/dev/null || true
    fi
    log=$findings/$name.log
    echo "== $name: ${seconds} s, $(ls "$corpus" | wc -l) seeds, max_len $max_len"
    status=0
    # libgsf's leak on damaged directories (tests/lsan.supp) is suppressed by function name, which
    # LeakSanitizer only sees past glib with the slow unwinder.
    extra=
    [ "$name" = fuzz_hwpreader ] && extra=:fast_unwind_on_malloc=0
    (cd "$scratch" && ASAN_OPTIONS="$ASAN_OPTIONS$extra" "$exe" "$corpus" -max_total_time="$seconds" -max_len="$max_len" -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$findings/$name/" ${QUARRY_FUZZ_FLAGS:-} >"$log" 2>&1) || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    if [ "$status" -ne 0 ]; then
        failed+=("$name")
        echo "!! $name FAILED (exit $status) after ${runs:-?} runs; log: $log"
        grep -E "^==[0-9]+==ERROR|runtime error|SUMMARY|ALARM|out-of-memory|Test unit written to" "$log" | head -8 | sed 's/^/   /'
        for artifact in $(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log"); do
            echo "   reproducer: $artifact"
            echo "   replay:     $exe $artifact"
        done
    else
        echo "   ok: ${runs:-?} runs, no finding"
    fi
done

echo "run-all.sh: ${#targets[@]} targets, $(( $(date +%s) - start )) s in all"
if [ ${#failed[@]} -gt 0 ]; then
    echo "run-all.sh: findings in: ${failed[*]} (see tests/fuzz/README.md, \"A finding\")" >&2
    exit 1
fi
