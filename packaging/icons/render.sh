#!/bin/sh
# Renders every icon StoreDesk ships from storedesk.svg (run it after changing the SVG; the results are
# committed, so a build needs none of these tools). Needs rsvg-convert, ImageMagick's convert and png2icns
# (Debian: apt-get install librsvg2-bin imagemagick icnsutils).
set -eu
cd "$(dirname "$0")"
resources=../../src/main/resources/io/storedesk/icons
mkdir -p png "$resources"
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" storedesk.svg -o "png/storedesk-$size.png"
done
# The window's own icons (Stage.getIcons), read from the jar; the self-test checks they are there.
for size in 16 32 48 64 128 256; do
  cp "png/storedesk-$size.png" "$resources/storedesk-$size.png"
done
# Linux: the .desktop entry and the .deb use the 256 px PNG (jpackage --icon).
cp png/storedesk-256.png storedesk.png
# Windows: one .ico holding 16 to 256 px.
convert png/storedesk-16.png png/storedesk-24.png png/storedesk-32.png png/storedesk-48.png \
  png/storedesk-64.png png/storedesk-128.png png/storedesk-256.png storedesk.ico
# macOS: an .icns with the sizes png2icns knows (16, 32, 128, 256, 512, 1024).
png2icns storedesk.icns png/storedesk-16.png png/storedesk-32.png png/storedesk-128.png \
  png/storedesk-256.png png/storedesk-512.png png/storedesk-1024.png >/dev/null
