# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the quick-start scripts: installs the Debian packages that are missing (Debian 12 has Qt 6.4).

# What building and running the app needs: Qt, its SQLite and PostgreSQL drivers (the area's server), and
# QtKeychain, through which a password to the server is kept in the system's keyring; Qt Charts for the
# Progress section's charts (whose CMake package asks for Qt's OpenGL module); Qt's translation tools,
# which turn translations/*.ts into the .qm files built into the program; libical, which writes and reads
# calendar invites (.ics); Hunspell and its British English dictionary for spelling; Qt TextToSpeech, with
# speech-dispatcher and the espeak-ng voice, to read aloud (its CMake package asks for Qt Qml's, which
# Debian's qt6-speech-dev does not pull in: qt6-declarative-dev).
COPRODUCE_APP_PACKAGES="cmake g++ make qt6-base-dev qt6-base-dev-tools qt6-svg-dev libqt6sql6-sqlite qt6-qpa-plugins
    libqt6sql6-psql qtkeychain-qt6-dev zlib1g-dev libharfbuzz-dev qt6-charts-dev
    libqt6opengl6-dev qt6-tools-dev qt6-l10n-tools libical-dev
    libhunspell-dev hunspell-en-gb qt6-speech-dev qt6-declarative-dev qt6-speech-speechd-plugin speech-dispatcher
    speech-dispatcher-espeak-ng"
# What the tests need on top: CTest runs them on Qt's offscreen platform.
# The packaging test builds the .deb (dpkg-dev, file) and validates the desktop file and AppStream data;
# the report tests read PDFs back with poppler-utils (pdftotext, pdfinfo) and ODT files with unzip, and
# check PDF/A with Apache PDFBox's Preflight (libpdfbox2-java, which runs on a Java runtime and needs
# JavaBeans Activation and JAXB); the CSV is read back by Python's csv module (python3). What a screen
# reader hears is read from the AT-SPI tree of the real app on a virtual X display (xvfb; keys typed by
# xdotool; openbox so that windows get focus as on a desktop) on its own session bus (dbus-daemon,
# at-spi2-core), through Debian's Python bindings (python3-pyatspi). The area server's tests run on a
# throwaway PostgreSQL cluster (postgresql-15), with TLS certificates made by openssl; signing in with a
# password kept in the keyring runs against a real GNOME Keyring on its own session bus (gnome-keyring). ODT
# files are validated against the OpenDocument schema (jing) and laid out by LibreOffice (headless). Names
# in other scripts are drawn from the Noto fonts the package recommends (fonts-noto-core, fonts-noto-cjk).
# The man page is rendered by man (man-db, groff-base) and the completions run in bash and zsh; lintian
# checks the package as Debian would, and mmdebstrap makes a clean Debian 12 root to install it in. clang-format checks the formatting of the C++ (scripts/check-format) and
# reuse that every file says its licence (REUSE); lupdate and lrelease (qt6-l10n-tools, with Qt's CMake
# functions for them in qt6-tools-dev) keep the translations. Calendar files are read back by Python's
# icalendar (python3-icalendar) as well as by libical, a second reader nobody here wrote.
COPRODUCE_TEST_PACKAGES="sqlite3 dpkg-dev file desktop-file-utils appstream poppler-utils unzip
    libpdfbox2-java default-jre-headless libactivation-java libjaxb-api-java python3
    xvfb xauth xdotool openbox dbus-daemon at-spi2-core python3-pyatspi postgresql-15 openssl
    gnome-keyring jing libreoffice-writer-nogui fonts-noto-core fonts-noto-cjk man-db groff-base zsh lintian
    clang-format reuse mmdebstrap python3-icalendar"

coproduce_install_missing() {
    local wanted="$*" missing="" pkg
    if ! command -v dpkg-query >/dev/null 2>&1; then
        echo "This is not a Debian-based system: install Qt 6.4 or newer (Core, Gui, Svg, Widgets, Sql with the" >&2
        echo "SQLite driver), CMake 3.22 or newer and a C++17 compiler yourself; see README.md." >&2
        return 0
    fi
    for pkg in $wanted; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing="$missing $pkg"
        fi
    done
    [ -z "$missing" ] && return 0
    echo "Installing:$missing"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo="sudo"
        else
            echo "These packages are missing:$missing. Run this script as root, or install sudo." >&2
            return 1
        fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    $sudo apt-get install -y -qq --no-install-recommends $missing
}

# What the tests need that lives only on npm (tests/tools/package.json, versions fixed by its lock file): the
# W3C's Nu Html Checker, vnu.jar, which runs on the Java runtime above, and Mozilla's pdf.js, which reads our
# PDFs' structure as a browser's reader does (on Node.js). Debian's npm (and Node.js) if there is none.
coproduce_install_test_tools() {
    [ -f tests/tools/node_modules/vnu-jar/build/dist/vnu.jar ] && [ -f tests/tools/node_modules/pdfjs-dist/package.json ] \
        && return 0
    command -v npm >/dev/null 2>&1 || coproduce_install_missing npm
    (cd tests/tools && npm ci --ignore-scripts --no-audit --no-fund --omit=optional --loglevel=error)
}
