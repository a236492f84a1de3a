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

shoot() { # language, output
  xvfb-run -a -s '-screen 0 1600x1000x24' "$app" --lang "$1" --demo --screenshot "$2"
  echo "wrote $2"
}
shoot en docs/images/main-en.png
shoot ko docs/images/main-ko.png
