#!/usr/bin/env bash
# Fetches the default IP reference tables of ringwatch.enrich (ip-country, ip-asn) from the npm
# registry and writes them, gzipped reproducibly (gzip -9n), into data/reference/ip/.
#
#   data/reference/fetch-ip-reference.sh            # latest published versions
#   VERSION=2.3.2026061719 data/reference/fetch-ip-reference.sh   # a pinned version
#   OUT_DIR=/tmp/ip data/reference/fetch-ip-reference.sh          # somewhere else
#
# Packages (see ip/SOURCE.md for licences and attribution):
#   @ip-location-db/geo-whois-asn-country  (CC0-1.0)   → geo-whois-asn-country-ipv{4,6}.csv.gz
#   @ip-location-db/asn                    (CC BY 4.0) → asn-ipv{4,6}.csv.gz
# Needs npm, tar and gzip. Prints the versions it fetched.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${OUT_DIR:-$here/ip}"
version="${VERSION:-}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

fetch() {
  local pkg="$1" base="$2"
  local spec="$pkg${version:+@$version}"
  local tgz
  tgz="$(cd "$work" && npm pack --silent "$spec" | tail -n 1)"
  mkdir -p "$work/$base"
  tar -xzf "$work/$tgz" -C "$work/$base"
  local v
  v="$(node -p "require('$work/$base/package/package.json').version" 2>/dev/null || echo unknown)"
  for family in ipv4 ipv6; do
    local csv
    csv="$(find "$work/$base/package" -name "$base-$family.csv" | head -n 1)"
    if [[ -z "$csv" ]]; then
      echo "fetch-ip-reference: $spec has no $base-$family.csv" >&2
      exit 1
    fi
    gzip -9n -c "$csv" > "$out/$base-$family.csv.gz.tmp"
    mv "$out/$base-$family.csv.gz.tmp" "$out/$base-$family.csv.gz"
  done
  # Licence and provenance files shipped with the package.
  for f in LICENSE DBIP-LICENSE NRO_LICENSE ROUTEVIEWS-LICENSE MODIFICATIONS; do
    if [[ -f "$work/$base/package/$f" ]]; then
      cp "$work/$base/package/$f" "$out/$f"
    fi
  done
  echo "$pkg $v → $out/$base-ipv4.csv.gz, $out/$base-ipv6.csv.gz"
}

fetch @ip-location-db/geo-whois-asn-country geo-whois-asn-country
fetch @ip-location-db/asn asn
echo "Update the version in $here/ip/SOURCE.md if it changed."
