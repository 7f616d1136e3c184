#!/usr/bin/env bash
# Packs every project under src/ (Release) into one folder, as users get the packages, then checks
# what each package holds: lib/net10.0/<Id>.dll, its XML docs, README.md, and a .snupkg beside it
# with the symbols.
#
# Usage: build/pack.sh OUTPUT_DIR [--version VERSION] [--no-build]
#
#   --version VERSION  the packages' version instead of MinVer's (e.g. a unique one for a test feed);
#                      the assemblies keep the version of their build when combined with --no-build
#   --no-build         pack what `dotnet build -c Release` already built (as CI does)
#
# Without --version the version comes from git tags through MinVer (see docs/packages.md).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
[ "$#" -ge 1 ] || { echo "usage: build/pack.sh OUTPUT_DIR [--version VERSION] [--no-build]" >&2; exit 2; }
out=$1
shift
args=()
while [ "$#" -gt 0 ]; do
  case "$1" in
    --version) [ "$#" -ge 2 ] || { echo "--version needs a value" >&2; exit 2; }; args+=("-p:MinVerVersionOverride=$2"); shift 2 ;;
    --no-build) args+=(--no-build); shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A solution filter of every src/ project, made here so that no list has to be kept up to date.
projects=()
while IFS= read -r p; do projects+=("$p"); done < <(cd "$repo" && find src -mindepth 2 -maxdepth 2 -name '*.csproj' | sort)
[ "${#projects[@]}" -gt 0 ] || { echo "pack: no project under $repo/src" >&2; exit 1; }
{
  printf '{ "solution": { "path": "%s", "projects": [' "$repo/LeadKit.sln"
  sep=''
  for p in "${projects[@]}"; do printf '%s"%s"' "$sep" "$p"; sep=', '; done
  printf '] } }\n'
} >"$work/packages.slnf"

dotnet pack "$work/packages.slnf" -c Release -o "$out" -nologo "${args[@]}"

# Every package holds what a user needs; every package has its symbols.
status=0
for p in "${projects[@]}"; do
  id=$(basename "$p" .csproj)
  nupkg=$(find "$out" -maxdepth 1 -name "$id.[0-9]*.nupkg" ! -name '*.symbols.nupkg' | sort | tail -n 1)
  if [ -z "$nupkg" ]; then
    echo "pack: FAILED: no package for $id in $out" >&2
    status=1
    continue
  fi
  entries=$(unzip -Z1 "$nupkg")
  for need in "lib/net10.0/$id.dll" "lib/net10.0/$id.xml" "README.md" "$id.nuspec"; do
    if ! grep -qxF "$need" <<<"$entries"; then
      echo "pack: FAILED: $(basename "$nupkg") has no $need" >&2
      status=1
    fi
  done
  snupkg=${nupkg%.nupkg}.snupkg
  symbols=$( [ -f "$snupkg" ] && unzip -Z1 "$snupkg" || true)
  if ! grep -qxF "lib/net10.0/$id.pdb" <<<"$symbols"; then
    echo "pack: FAILED: no $(basename "$snupkg") with lib/net10.0/$id.pdb" >&2
    status=1
  fi
  printf 'pack: %-60s %s\n' "$(basename "$nupkg")" "$(grep -c . <<<"$entries") entries, $(basename "$snupkg")"
done
exit "$status"
