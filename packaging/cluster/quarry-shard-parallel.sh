#!/usr/bin/env bash
# A large ingest split into shards run by GNU parallel, on this machine or over ssh, then merged
# into one project. Only quarry-cli is used (through quarry-shard-job.sh, next to this script).
#
#   quarry-shard-parallel.sh [options] OUT INPUT...
#     -n, --shards N        number of shards (default 4)
#     -j, --jobs J          shards running at once on each machine (default: one per 2 cores)
#     -S, --sshlogin LOGIN  run shards on LOGIN (user@host; ':' is this machine); repeatable. Every
#                           machine needs quarry-cli and sees the inputs and the work folder at the
#                           same paths (a shared file system).
#         --work-dir DIR    where the shard projects go (default: OUT.shards)
#         --template FILE   start every shard from a copy of this project (its settings, rules)
#         --workers W       worker processes per shard (quarry-cli ingest --workers)
#         --redact          scan each shard for personal data before merging
#         --no-merge        stop after the shards
#   INPUT: files, folders, or --files-from LIST (one path per line).
#
# Run it again after a failure or a kill: finished shards are kept, unfinished ones resume.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
job="$here/quarry-shard-job.sh"

shards=4 jobs="" workdir="" template="" workers="" redact=0 merge=1
ssh=()
usage() {
  sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}
while [ $# -gt 0 ]; do
  case $1 in
  -n | --shards) shards=$2; shift 2 ;;
  -j | --jobs) jobs=$2; shift 2 ;;
  -S | --sshlogin) ssh+=(--sshlogin "$2"); shift 2 ;;
  --work-dir) workdir=$2; shift 2 ;;
  --template) template=$(realpath "$2"); shift 2 ;;
  --workers) workers=$2; shift 2 ;;
  --redact) redact=1; shift ;;
  --no-merge) merge=0; shift ;;
  -h | --help) usage ;;
  --) shift; break ;;
  -*) [ "$1" = --files-from ] && break; echo "quarry-shard-parallel.sh: unknown option $1" >&2; usage ;;
  *) break ;;
  esac
done
[ $# -ge 2 ] || usage
command -v parallel >/dev/null || { echo "quarry-shard-parallel.sh: GNU parallel is not installed" >&2; exit 2; }
# shellcheck source=quarry-shard-common.sh
source "$here/quarry-shard-common.sh"
shard_prepare quarry-shard-parallel.sh "$@"
[ -n "$jobs" ] || jobs=$(( ($(nproc) + 1) / 2 ))

export QUARRY_CLI=${QUARRY_CLI:-quarry-cli}
status=0
parallel --will-cite -q --halt never --line-buffer --tag -j "$jobs" "${ssh[@]}" --env QUARRY_CLI \
  "$job" shard {} "$shards" "$workdir" "$template" "$workers" "$redact" -- "${inputs[@]}" \
  ::: $(seq 0 $((shards - 1))) || status=$?
if [ "$status" -ne 0 ]; then
  echo "quarry-shard-parallel.sh: $status shard(s) failed; run the same command again to finish them" >&2
  exit 1
fi
[ "$merge" = 1 ] || exit 0
"$job" merge "$out" "$shards" "$workdir"
