#!/usr/bin/env bash
# Regenerates the screenshots in docs/images from the real application under Xvfb, on the demo
# project built afresh from resources/samples, so the pictures stay true to the program.
#   docs/screenshots.sh [BUILD_DIR]      (default: build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
app="$build/app/gui/quarry"
[ -x "$app" ] || { echo "screenshots: build Quarry first ($app is missing)" >&2; exit 2; }
command -v xvfb-run >/dev/null || { echo "screenshots: xvfb-run is missing (packaging/install-deps.sh installs it)" >&2; exit 2; }

# A private settings folder, so the user's own recent projects and window layout stay out.
export XDG_CONFIG_HOME="$(mktemp -d)"
export XDG_DATA_HOME="$(mktemp -d)"
trap 'rm -rf "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"' EXIT

shoot() { # output, then options for quarry
  local out=$1
  shift
  xvfb-run -a -s '-screen 0 1600x1000x24' "$app" --screenshot "$out" "$@"
  echo "wrote $out"
}
# The README's pictures.
shoot docs/images/main-en.png --lang en --demo
shoot docs/images/main-ko.png --lang ko --demo
# The user guide's (docs/user-guide.md). Side-panel tabs: 0 Pairs, 1 Review, 2 Redactions,
# 3 Statistics, 4 Duplicates.
shoot docs/images/guide-welcome.png --lang en
shoot docs/images/guide-review.png --lang en --demo --tab 1
shoot docs/images/guide-redactions.png --lang en --demo --tab 2
shoot docs/images/guide-statistics.png --lang en --demo --tab 3
shoot docs/images/guide-duplicates.png --lang en --demo --tab 4
shoot docs/images/guide-export.png --lang en --demo --dialog export
shoot docs/images/guide-settings.png --lang en --demo --dialog settings-redaction
shoot docs/images/guide-dark.png --lang en --demo --dark
