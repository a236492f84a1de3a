#!/usr/bin/env bash
# A large ingest split into shards run as a Slurm job array (sbatch --array=0-(N-1)), then merged
# by a job that starts when every shard has succeeded (--dependency=afterok). Only quarry-cli is
# used (through quarry-shard-job.sh, next to this script); the nodes need quarry-cli and must see
# the inputs and the work folder at the same paths (a shared file system).
#
#   quarry-shard-slurm.sh [options] OUT INPUT...
#     -n, --shards N          number of shards (default 4)
#         --work-dir DIR      where the shard projects and job logs go (default: OUT.shards)
#         --template FILE     start every shard from a copy of this project (its settings, rules)
#         --workers W         worker processes per shard (default: the CPUs Slurm gives the task)
#         --cpus-per-task C   CPUs per shard (default 2)
#         --redact            scan each shard for personal data before merging
#         --sbatch-arg ARG    passed to both sbatch calls (e.g. --partition=ocr); repeatable
#   INPUT: files, folders, or --files-from LIST (one path per line).
#
# Prints the two job ids. Submit it again after a failure: finished shards are kept, unfinished
# ones resume.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
job="$here/quarry-shard-job.sh"

shards=4 workdir="" template="" workers="" cpus=2 redact=0
extra=()
usage() {
  sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}
while [ $# -gt 0 ]; do
  case $1 in
  -n | --shards) shards=$2; shift 2 ;;
  --work-dir) workdir=$2; shift 2 ;;
  --template) template=$(realpath "$2"); shift 2 ;;
  --workers) workers=$2; shift 2 ;;
  --cpus-per-task) cpus=$2; shift 2 ;;
  --redact) redact=1; shift ;;
  --sbatch-arg) extra+=("$2"); shift 2 ;;
  -h | --help) usage ;;
  --) shift; break ;;
  -*) [ "$1" = --files-from ] && break; echo "quarry-shard-slurm.sh: unknown option $1" >&2; usage ;;
  *) break ;;
  esac
done
[ $# -ge 2 ] || usage
command -v sbatch >/dev/null || { echo "quarry-shard-slurm.sh: sbatch (Slurm) is not installed" >&2; exit 2; }
# shellcheck source=quarry-shard-common.sh
source "$here/quarry-shard-common.sh"
shard_prepare quarry-shard-slurm.sh "$@"
[ -n "$workers" ] || workers=$cpus

# The job scripts' command lines, quoted for the shell that sbatch --wrap starts.
shard_cmd=$(printf '%q ' "$job" shard) 
shard_cmd+='"$SLURM_ARRAY_TASK_ID" '
shard_cmd+=$(printf '%q ' "$shards" "$workdir" "$template" "$workers" "$redact" -- "${inputs[@]}")
merge_cmd=$(printf '%q ' "$job" merge "$out" "$shards" "$workdir")
env_export="ALL,QUARRY_CLI=${QUARRY_CLI:-quarry-cli}"

array=$(sbatch --parsable --job-name=quarry-shard --array=0-$((shards - 1)) --cpus-per-task="$cpus" \
  --output="$workdir/shard-%a.log" --export="$env_export" "${extra[@]}" --wrap="$shard_cmd")
array=${array%%;*}
merge=$(sbatch --parsable --job-name=quarry-merge --dependency=afterok:"$array" --kill-on-invalid-dep=yes \
  --output="$workdir/merge.log" --export="$env_export" "${extra[@]}" --wrap="$merge_cmd")
merge=${merge%%;*}
echo "shards: job $array (array 0-$((shards - 1))), logs in $workdir/shard-*.log"
echo "merge:  job $merge, when every shard has succeeded; log $workdir/merge.log"
