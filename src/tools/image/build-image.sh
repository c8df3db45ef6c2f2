#!/usr/bin/env bash
# Builds the foilint container image as an OCI tarball (target/foilint-image.tar) without a Docker
# daemon and without pulling a base image: Jib builds FROM scratch, and the runtime is made here
# from the build machine's own JDK (jlink) plus the shared libraries it links against (the
# closure of ldd over every .so of that runtime, copied with their paths). Needs: Linux, a JDK 17
# with jlink, ldd, Maven (Jib itself comes from Maven Central). Not part of `mvn verify`.
#
# Then: docker load -i target/foilint-image.tar   (or podman load)
#       docker run --rm -p 8080:8080 foilint:VERSION serve ...
# Check without a container runtime (as root): src/tools/image/build-image.sh --check
set -euo pipefail
cd "$(dirname "$0")/../../.."
root=target/image-root
rm -rf "$root"
mkdir -p "$root"
# The whole JDK module set minus development tools: foilint and its libraries (PDFBox's AWT
# classes, JDBC, XML, JNDI for PostgreSQL) need many modules, and a missing one would show only
# at run time.
modules=$(java --list-modules | sed 's/@.*//' | grep -v -E '^(jdk\.(jshell|jdeps|jlink|jpackage|javadoc|compiler|jartool|jcmd|jconsole|jdi|jdwp\.agent|hotspot\.agent|jstatd|internal\.opt|editpad|incubator\..*)|java\.compiler)$' | paste -sd, -)
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 --output "$root/opt/java"
# shared libraries the runtime needs, with the dynamic loader, at the same paths as here
find "$root/opt/java" -name '*.so' -o -path '*/bin/*' -type f | while read -r f; do
  ldd "$f" 2>/dev/null | grep -o '/[^ ]*' || true
done | sort -u | while read -r lib; do
  [ -e "$lib" ] || continue
  case "$lib" in "$PWD"/*|*/image-root/*) continue ;; esac
  mkdir -p "$root$(dirname "$lib")"
  cp -L "$lib" "$root$lib"
done
# the C.UTF-8 locale (Debian keeps it as a file, not inside glibc), so that Java writes UTF-8
if [ -d /usr/lib/locale/C.utf8 ]; then
  mkdir -p "$root/usr/lib/locale" && cp -r /usr/lib/locale/C.utf8 "$root/usr/lib/locale/"
fi
mkdir -p "$root/tmp"
chmod 1777 "$root/tmp"
if [ "${1:-}" != "--check-only" ]; then
  mvn -B -q -DskipTests package
  mvn -B -q -Pimage jib:buildTar
fi
ls -l target/foilint-image.tar
if [ "${1:-}" = "--check" ] || [ "${1:-}" = "--check-only" ]; then
  # Unpack the image's layers in order and run foilint in them with chroot, as the image's user,
  # with /proc mounted as a container runtime does (the JDK's launcher finds its libraries
  # through it): the image's own runtime and libraries, nothing of the host's.
  check=target/image-check
  rm -rf "$check" && mkdir -p "$check/fs"
  tar xf target/foilint-image.tar -C "$check"
  for layer in $(python3 -c 'import json,sys; m=json.load(open(sys.argv[1]+"/manifest.json")); print(" ".join(m[0]["Layers"]))' "$check"); do
    tar xzf "$check/$layer" -C "$check/fs" 2>/dev/null
  done
  mkdir -p "$check/fs/proc"
  mount -t proc proc "$check/fs/proc"
  trap 'umount "$check/fs/proc"' EXIT
  cp test-fixtures/xlsx/hidden-sheet-staff-list.xlsx "$check/fs/tmp/"
  chroot="$(command -v chroot)"
  run() { env -i LANG=C.UTF-8 PATH=/opt/java/bin "$chroot" --userspec=65534:65534 "$check/fs" /opt/java/bin/java -cp @/app/jib-classpath-file io.foilint.cli.Main "$@"; }
  run --version
  run pii-badger --file /tmp/hidden-sheet-staff-list.xlsx | cut -c1-120
  run scan -q /tmp/hidden-sheet-staff-list.xlsx | tail -1 || true
fi
