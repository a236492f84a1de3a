#!/usr/bin/env bash
# Installs every build, runtime and test dependency of Quarry on Debian 12 (bookworm).
# Idempotent: packages already present are left alone, so running it twice costs seconds.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config git dpkg-dev file ccache
  clang libclang-rt-14-dev
  # Qt 6.4
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-qpa-plugins qt6-charts-dev qt6-svg-dev libqt6svg6 libgl-dev
  # documents, OCR and text
  libpoppler-qt6-dev poppler-utils
  # Poppler's TextOutputDev for the text layer (headers of the installed Poppler)
  libpoppler-private-dev
  libtesseract-dev libleptonica-dev tesseract-ocr tesseract-ocr-eng tesseract-ocr-kor
  libuchardet-dev libarchive-dev
  # HWP 5 (CFB container; AES for distribution documents; raw deflate)
  libgsf-1-dev libssl-dev zlib1g-dev
  # storage and data
  libsqlite3-dev sqlite3 nlohmann-json3-dev
  # phone numbers of every country (redaction)
  libphonenumber-dev
  # the model server's API key in the system keychain (drafting)
  qtkeychain-qt6-dev
  # GUI under a virtual display, Hangul glyphs, screenshots
  xvfb xauth x11-apps fonts-noto-cjk fonts-dejavu-core
  # reliability tests
  strace util-linux procps
  # sharded ingest (packaging/cluster) and its tests: GNU parallel, a one-node Slurm
  parallel slurm-wlm
)

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps.sh: run as root (or through sudo)" >&2
  exit 2
fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps.sh: all ${#PACKAGES[@]} packages already installed"
  exit 0
fi

echo "install-deps.sh: installing ${#missing[@]} package(s): ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
