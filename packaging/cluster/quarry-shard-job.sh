#!/usr/bin/env bash
# One job of a sharded ingest, run by quarry-shard-parallel.sh and quarry-shard-slurm.sh on whichever
# machine the scheduler picked; it uses only quarry-cli ($QUARRY_CLI, else quarry-cli on the PATH).
#
#   quarry-shard-job.sh shard K N WORKDIR TEMPLATE WORKERS REDACT -- INPUT...
#       Ingests shard K of N of the inputs into WORKDIR/shard-K-of-N.quarry (made with 'init', or a
#       copy of TEMPLATE when not empty), then scans it for personal data when REDACT is 1. A shard
#       that finished is marked with WORKDIR/shard-K-of-N.done and not run again; a shard that was
#       killed resumes where it stopped (ingest picks up its queued files). INPUT may be a file, a
#       folder or "--files-from LIST".
#   quarry-shard-job.sh merge OUT N WORKDIR
#       Merges the N shard projects into OUT once every shard is marked done.
set -euo pipefail
cli=${QUARRY_CLI:-quarry-cli}

die() {
  echo "quarry-shard-job.sh: $*" >&2
  exit 2
}

case ${1:-} in
shard)
  [ $# -ge 9 ] && [ "$8" = "--" ] || die "usage: shard K N WORKDIR TEMPLATE WORKERS REDACT -- INPUT..."
  k=$2 n=$3 workdir=$4 template=$5 workers=$6 redact=$7
  shift 8
  project="$workdir/shard-$k-of-$n.quarry"
  if [ -e "$project.done" ]; then
    echo "shard $k/$n: already done ($project)"
    exit 0
  fi
  mkdir -p "$workdir"
  if [ ! -e "$project" ]; then
    if [ -n "$template" ]; then
      # Copied under another name and renamed: a copy cut short is never taken for a project.
      cp "$template" "$project.copying.$$"
      mv "$project.copying.$$" "$project"
    else
      "$cli" init "$project" >/dev/null
    fi
  fi
  args=(ingest "$project" --shard "$k/$n")
  [ -n "$workers" ] && args+=(--workers "$workers")
  "$cli" "${args[@]}" "$@"
  if [ "$redact" = 1 ]; then
    "$cli" redact "$project"
  fi
  touch "$project.done"
  echo "shard $k/$n: done ($project)"
  ;;
merge)
  [ $# -eq 4 ] || die "usage: merge OUT N WORKDIR"
  out=$2 n=$3 workdir=$4
  projects=()
  missing=()
  for ((k = 0; k < n; k++)); do
    project="$workdir/shard-$k-of-$n.quarry"
    [ -e "$project.done" ] || missing+=("$k")
    projects+=("$project")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    die "shard(s) ${missing[*]} of $n did not finish; run them again (finished shards are not repeated), then merge"
  fi
  "$cli" merge "$out" "${projects[@]}"
  ;;
*)
  die "usage: quarry-shard-job.sh shard K N WORKDIR TEMPLATE WORKERS REDACT -- INPUT... | merge OUT N WORKDIR"
  ;;
esac
