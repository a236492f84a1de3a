# Sourced by quarry-shard-parallel.sh and quarry-shard-slurm.sh: what both do with their operands.
#
# shard_prepare SCRIPT OUT INPUT...: checks $shards, sets $out and $workdir (made, default
# OUT.shards) to absolute paths and $inputs to the inputs as absolute paths, since a shard may run
# in another folder or on another machine. Exits 2 with a message naming SCRIPT on a bad count.
shard_prepare() {
  local script=$1
  shift
  [[ $shards =~ ^[1-9][0-9]*$ ]] || { echo "$script: --shards wants a number from 1" >&2; exit 2; }
  out=$(realpath -m "$1")
  shift
  [ -n "$workdir" ] || workdir="$out.shards"
  workdir=$(realpath -m "$workdir")
  mkdir -p "$workdir"
  inputs=()
  while [ $# -gt 0 ]; do
    if [ "$1" = --files-from ]; then
      inputs+=(--files-from "$(realpath "$2")")
      shift 2
    else
      inputs+=("$(realpath -s "$1")")
      shift
    fi
  done
}
