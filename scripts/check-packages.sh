#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Proves that a fresh Debian machine gets everything the build found from scripts/setup.sh's package list.
#
# A developer's machine holds packages installed by hand or as a Recommends; CI on that machine stays green
# while a fresh machine fails to configure. This check reads what the configure step and the build actually
# used (the *_DIR and file entries of the CMake cache, the libraries linked and the system headers compiled
# against), maps each file to its Debian package with `dpkg -S`, and fails when a package is not reached from
# setup.sh's list through Depends alone (setup.sh installs with --no-install-recommends).
#
#   bash scripts/check-packages.sh [BUILD_DIR] [--setup FILE]
#
# BUILD_DIR defaults to build/. --setup reads the package list from another copy of setup.sh (the test uses
# it to prove that a list without a needed package fails). Exit 0: every package is covered; 1: names the
# missing ones; 2: cannot check (no build folder, no dpkg).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

build=build
setup=scripts/setup.sh
while (($#)); do
  case "$1" in
    --setup) setup="$2"; shift 2 ;;
    -h|--help) sed -n '3,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) build="$1"; shift ;;
  esac
done

cache="$build/CMakeCache.txt"
[ -f "$cache" ] || { echo "check-packages: no $cache: configure first (cmake --preset default)" >&2; exit 2; }
command -v dpkg >/dev/null && command -v apt-cache >/dev/null \
  || { echo "check-packages: needs dpkg and apt-cache (Debian or Ubuntu)" >&2; exit 2; }

# setup.sh's list: the words between "packages=(" and the closing ")".
mapfile -t listed < <(sed -n '/^packages=(/,/^)/p' "$setup" | sed '1d;$d' | sed 's/#.*//' | tr -s ' \t' '\n' \
  | sed '/^$/d')
((${#listed[@]})) || { echo "check-packages: no packages=( ... ) list in $setup" >&2; exit 2; }

files=()
# 1. What configure found: package config folders (their own config file stands for them) and the programs
#    it found. Libraries that a find module merely located (FindOpenGL finds GLU and EGL whether or not they
#    are used) are judged by the link lines below instead, so an unused optional find is not a false alarm.
while IFS= read -r line; do
  name="${line%%:*}"
  value="${line#*=}"
  [[ "$value" == /usr/* ]] || continue
  if [[ "$name" == *_DIR ]]; then
    base=$(basename "$value")
    lower=$(echo "$base" | tr '[:upper:]' '[:lower:]')
    for config in "$value/${base}Config.cmake" "$value/${lower}-config.cmake"; do
      [ -f "$config" ] && { files+=("$config"); break; }
    done
  elif [ -f "$value" ] && [ -x "$value" ]; then
    files+=("$value")
  fi
done < <(grep -E '^[A-Za-z0-9_]+:(PATH|FILEPATH)=/' "$cache" | grep -v NOTFOUND \
  | grep -v -E '^CMAKE_(CXX_COMPILER_(AR|RANLIB)|ADDR2LINE|AR|LINKER|NM|OBJCOPY|OBJDUMP|RANLIB|READELF|STRIP|DLLTOOL)[:]' \
  | grep -E '(_DIR:PATH|:FILEPATH)=')

# 2. What the build used: libraries on link lines and system headers the compiler read (Ninja's deps log).
if [ -f "$build/build.ninja" ]; then
  while IFS= read -r lib; do files+=("$lib"); done < <(grep -E '^\s*LINK_LIBRARIES = ' "$build/build.ninja" \
    | tr ' ' '\n' | grep -E '^/usr/.*\.(so|a)(\.[0-9.]+)?$' | sort -u)
  if command -v ninja >/dev/null && [ -f "$build/.ninja_deps" ]; then
    # One header per include folder is enough to name its package; thousands of dpkg -S calls are not needed.
    while IFS= read -r header; do files+=("$header"); done < <(ninja -C "$build" -t deps 2>/dev/null \
      | grep -E '^\s+/usr/' | sed 's/^\s*//' | sort -u | awk -F/ '{dir=$0; sub("/[^/]*$","",dir); if (!(dir in seen)) {seen[dir]=1; print}}')
  fi
fi

# Each file to its package: dpkg -S names the package that owns the path (or, through symlinks, the target).
declare -A needed=()
declare -A source=()
for f in "${files[@]}"; do
  owner=$(dpkg -S "$f" 2>/dev/null | head -n 1 | cut -d: -f1) || true
  if [ -z "$owner" ]; then
    real=$(readlink -f "$f")
    owner=$(dpkg -S "$real" 2>/dev/null | head -n 1 | cut -d: -f1) || true
  fi
  [ -n "$owner" ] || continue # not from a package (built here, or a diversion): nothing a fresh machine lacks
  owner="${owner%%,*}"
  needed["$owner"]=1
  [ -n "${source[$owner]:-}" ] || source["$owner"]="$f"
done

# What setup.sh's list pulls in through Depends (and PreDepends) alone.
declare -A closure=()
while IFS= read -r pkg; do closure["${pkg%%:*}"]=1; done < <(apt-cache depends --recurse --no-recommends \
  --no-suggests --no-conflicts --no-breaks --no-replaces --no-enhances "${listed[@]}" 2>/dev/null \
  | grep -E '^[^ <]' | sort -u)
# apt-cache knows only packages in its lists or installed: a listed package it cannot resolve is an error.
for p in "${listed[@]}"; do
  [ -n "${closure[$p]:-}" ] || { echo "check-packages: apt-cache does not know $p (run apt-get update)" >&2; exit 2; }
done

missing=()
for p in "${!needed[@]}"; do
  [ -n "${closure[$p]:-}" ] || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "check-packages: the build uses packages that $setup does not install (through Depends):"
  for p in $(printf '%s\n' "${missing[@]}" | sort); do
    echo "  $p  (for ${source[$p]})"
  done
  echo "Add them to the packages list in scripts/setup.sh."
  exit 1
fi
echo "check-packages: ${#needed[@]} packages used by the build, all installed by $setup through Depends"
