#!/usr/bin/env bash
# Installs what is missing, builds, creates the demo store in ./demo-store (once) and starts
# Infopunt on it. Without a display it says so and prints the demo store's summary instead.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
app="$root/build/app/infopunt"
store="$root/demo-store"
# The demo Adviser's sign-in: fixed, documented demo data (see README.md).
demo_user="adviseur"
demo_passphrase="Rijnkade-Lantaarn-42"

bash "$here/deps.sh"
bash "$here/build.sh"

if [ -e "$store/keyring.json" ]; then
  echo "Using the existing demo store in $store (delete that folder for a fresh one)."
  echo "Sign in as: Adviser $demo_user $demo_passphrase (all demo accounts: README.md)"
else
  echo "The demo accounts (ROLE USER PASSPHRASE):"
  "$app" demo --store "$store"
fi

has_display=no
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  has_display=yes
fi

if [ "$has_display" = yes ]; then
  exec "$app" --store "$store"
fi

echo
echo "No display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the application"
echo "window cannot open here. Doing the headless job instead: the demo store's summary."
if [ -n "${SUDO_USER:-}" ]; then
  echo "(sudo drops DISPLAY: on a desktop, run this script without sudo; it uses sudo itself"
  echo " only to install missing packages.)"
fi
echo
INFOPUNT_PASSPHRASE="$demo_passphrase" "$app" info --store "$store" --user "$demo_user"
