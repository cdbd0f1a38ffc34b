#!/usr/bin/env bash
# Builds Gorae's userland: every src/*.c to bin/<name>.wasm (the programs inside
# images) and every testdata/*.c to testdata/bin/<name>.wasm (programs for tests). A
# program of several files is a folder: src/<name>/*.c links into bin/<name>.wasm, with
# the folder on the include path. Such a folder may have two more files:
#   LIBS    names of lib/<lib>/ folders (one per line) whose *.c link in too, each on the
#           include path: code shared by several programs (the shell, the applets)
#   CFLAGS  extra compiler flags, one per line (e.g. -DGNU_STYLE)
# The output is deterministic, so the .wasm files are committed next to their sources.
#
#   build.sh           rebuild the committed .wasm files
#   build.sh --check   rebuild into a temporary folder; fail, naming each file,
#                      if any committed .wasm differs from its source's build
#
# Needs clang with the wasm32-wasi target and wasi-libc (Debian: clang, lld, wasi-libc,
# libclang-rt-14-dev-wasm32). Set CC to use another clang.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
CC="${CC:-clang}"

# Fixed flags only: no paths, dates or build ids end up in the output.
cflags=(
  --target=wasm32-wasi
  -Oz
  -std=gnu11
  -Wall -Wextra -Werror
  -Iinclude
  -ffile-prefix-map="$here"=.
  -Wl,--strip-all
)

# build_dir <source dir> <output dir>
build_dir() {
  local srcdir="$1" outdir="$2" src name
  mkdir -p "$outdir"
  for src in "$srcdir"/*.c; do
    [ -e "$src" ] || continue
    name="$(basename "$src" .c)"
    "$CC" "${cflags[@]}" "$src" -o "$outdir/$name.wasm"
  done
  local dir
  for dir in "$srcdir"/*/; do
    [ -d "$dir" ] || continue
    name="$(basename "$dir")"
    [ "$name" = bin ] && continue
    # sorted file list: the link order (and so the output) does not depend on the file system
    mapfile -t files < <(LC_ALL=C ls "$dir"*.c)
    [ "${#files[@]}" -gt 0 ] || continue
    local extra=() lib flag
    if [ -f "$dir/LIBS" ]; then
      while read -r lib; do
        [ -n "$lib" ] || continue
        extra+=(-I"lib/$lib")
        while read -r flag; do files+=("$flag"); done < <(LC_ALL=C ls "lib/$lib/"*.c)
      done < "$dir/LIBS"
    fi
    if [ -f "$dir/CFLAGS" ]; then
      while read -r flag; do [ -n "$flag" ] && extra+=("$flag"); done < "$dir/CFLAGS"
    fi
    "$CC" "${cflags[@]}" -I"$dir" "${extra[@]}" "${files[@]}" -o "$outdir/$name.wasm"
  done
}

pairs=("src:bin" "testdata:testdata/bin")

if [ "${1:-}" = "--check" ]; then
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  status=0
  for pair in "${pairs[@]}"; do
    srcdir="${pair%%:*}" outdir="${pair##*:}"
    build_dir "$srcdir" "$tmp/$outdir"
    for built in "$tmp/$outdir"/*.wasm; do
      [ -e "$built" ] || continue
      committed="$outdir/$(basename "$built")"
      if [ ! -f "$committed" ]; then
        echo "missing: $committed (run build.sh)" >&2
        status=1
      elif ! cmp -s "$built" "$committed"; then
        echo "differs: $committed (run build.sh)" >&2
        status=1
      fi
    done
    for committed in "$outdir"/*.wasm; do
      [ -e "$committed" ] || continue
      if [ ! -f "$tmp/$outdir/$(basename "$committed")" ]; then
        echo "stale: $committed has no source in $srcdir/" >&2
        status=1
      fi
    done
  done
  [ "$status" -eq 0 ] && echo "userland: all .wasm files match their sources"
  exit "$status"
fi

if [ $# -gt 0 ]; then
  echo "usage: build.sh [--check]" >&2
  exit 2
fi

for pair in "${pairs[@]}"; do
  build_dir "${pair%%:*}" "${pair##*:}"
done
ls -l bin/*.wasm testdata/bin/*.wasm | awk '{ print $5, $9 }'
