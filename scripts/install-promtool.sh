#!/usr/bin/env bash
# Makes `promtool` (Prometheus' rule checker and rule unit-test runner) available for the alert tests.
#
# Idempotent: does nothing when promtool is already on PATH. Otherwise it downloads Debian's `prometheus`
# package with apt and extracts ONLY the promtool binary into $PROMTOOL_INSTALL_DIR (default
# /usr/local/bin). The package is never installed, so no prometheus user is created, no service is
# started and no postinst script runs: safe on a CI machine without systemd.
#
# Needs: Debian/Ubuntu with apt-get and dpkg-deb. `apt-get update` needs root; when the package lists are
# already present, downloading works as any user with a writable PROMTOOL_INSTALL_DIR.
set -euo pipefail

if command -v promtool >/dev/null 2>&1; then
  echo "promtool already installed: $(command -v promtool)"
  exit 0
fi

install_dir="${PROMTOOL_INSTALL_DIR:-/usr/local/bin}"

for tool in apt-get dpkg-deb; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "install-promtool: $tool not found; install promtool (Prometheus >= 2.37) by hand and put it on PATH" >&2
    exit 1
  fi
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# `apt-get download` fails when the lists do not know the package yet (fresh container): refresh once.
if ! (cd "$work" && apt-get download prometheus >/dev/null 2>&1); then
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-promtool: cannot download the prometheus package; run 'apt-get update' as root first" >&2
    exit 1
  fi
  apt-get update -qq
  (cd "$work" && apt-get download prometheus)
fi

deb="$(find "$work" -maxdepth 1 -name 'prometheus_*.deb' | head -n 1)"
if [ -z "$deb" ]; then
  echo "install-promtool: apt-get download produced no prometheus_*.deb" >&2
  exit 1
fi

mkdir -p "$work/root" "$install_dir"
dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$work/root" ./usr/bin/promtool
install -m 0755 "$work/root/usr/bin/promtool" "$install_dir/promtool"

"$install_dir/promtool" --version 2>&1 | head -n 1
case ":$PATH:" in
  *":$install_dir:"*) ;;
  *) echo "install-promtool: add $install_dir to PATH (or set PROMTOOL=$install_dir/promtool)" >&2 ;;
esac
