#!/usr/bin/env bash
# Debian packages the course needs outside Python: Fashion-MNIST's IDX files (assignment 4);
# Chromium, poppler and a math font (the slides: PDF printing and the rendering test).
# Installs what is missing when run as root on Debian/Ubuntu; otherwise says what to install.
set -euo pipefail
missing=()
[ -d /usr/share/datasets/fashion-mnist ] || missing+=(dataset-fashion-mnist)
command -v chromium >/dev/null || missing+=(chromium)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuMathTeXGyre.ttf ] || missing+=(fonts-dejavu-extra)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Please install these Debian packages (as root): ${missing[*]}" >&2
fi
