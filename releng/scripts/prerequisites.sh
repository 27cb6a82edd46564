# Sourced by test.sh: makes sure the machine has what the tests use besides the JDK and Maven Central, installing it
# with apt when run as root on Debian or Ubuntu, else stopping with one sentence that says what to install.
#
# What each is for: SWT needs GTK 3 and, without a display, Xvfb (with xauth for xvfb-run); the UI tests click
# through xdotool and count PDF pages with poppler's pdfinfo; SWT draws the workbench in DejaVu; a docgen test
# converts the DOCX documents with LibreOffice, as a reader without Word would see them.

# Prints the Debian package of each missing prerequisite, one per line.
peerplan_missing_packages() {
  if [ -z "${DISPLAY:-}" ]; then
    command -v Xvfb >/dev/null 2>&1 || echo xvfb
    command -v xauth >/dev/null 2>&1 || echo xauth
  fi
  ldconfig -p 2>/dev/null | grep -q 'libgtk-3\.so\.0' || echo libgtk-3-0
  [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || echo fonts-dejavu-core
  command -v xdotool >/dev/null 2>&1 || echo xdotool
  command -v pdfinfo >/dev/null 2>&1 || echo poppler-utils
  [ -x /usr/bin/soffice ] || echo libreoffice-writer-nogui
}

peerplan_install_prerequisites() {
  local missing
  missing=$(peerplan_missing_packages | tr '\n' ' ' | sed 's/ $//')
  [ -n "$missing" ] || return 0
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "peerplan: the tests need packages this machine lacks; install them (for example: sudo apt-get install -y" \
      "$missing) and run again." >&2
    exit 2
  fi
  echo "Installing: $missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  local office="" others=""
  for package in $missing; do
    # LibreOffice's recommendations are a desktop's worth; the others' (GTK's icons and schemas) SWT wants.
    if [ "$package" = libreoffice-writer-nogui ]; then office=$package; else others="$others $package"; fi
  done
  # shellcheck disable=SC2086 # one word per package
  [ -z "$others" ] || apt-get install -y -qq $others >/dev/null
  [ -z "$office" ] || apt-get install -y -qq --no-install-recommends "$office" >/dev/null
}
