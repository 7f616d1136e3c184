#!/usr/bin/env bash
# Brings every src/*/PublicAPI.Unshipped.txt in line with the code, the way the
# PublicApiAnalyzers code fix would, for all projects at once:
#
#   RS0016 (public symbol not declared)         -> symbol added to PublicAPI.Unshipped.txt
#   RS0017 (declared symbol gone or not public) -> line removed from PublicAPI.Unshipped.txt,
#                                                  or, if it was shipped, `*REMOVED*symbol`
#                                                  added to PublicAPI.Unshipped.txt
#
# Each project is rebuilt (no incremental build, so every analyzer runs) with warnings
# not treated as errors, then rebuilt once more to check that nothing is left. Review the
# diff before committing: every added line is public API that LeadKit promises to keep.
#
# Usage: build/update-public-api.sh [src/Project ...]   (default: every src/*/ project)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

projects=()
if [ "$#" -gt 0 ]; then
  for dir in "$@"; do
    found=$(find "${dir%/}" -maxdepth 1 -name '*.csproj' | head -n 1)
    [ -n "$found" ] || { echo "no .csproj in $dir" >&2; exit 2; }
    projects+=("$found")
  done
else
  while IFS= read -r p; do projects+=("$p"); done < <(find src -mindepth 2 -maxdepth 2 -name '*.csproj' | LC_ALL=C sort)
fi
[ "${#projects[@]}" -gt 0 ] || { echo "no project under src/" >&2; exit 0; }

# Builds project $1 and writes its own public API diagnostics to $2, one per line as
#   CODE<TAB>FILE<TAB>SYMBOL
# (FILE is the PublicAPI file the diagnostic points at, for RS0017). Diagnostics from
# referenced projects are left to those projects' own turn.
diagnose() {
  local csproj=$1 out=$2 log=$work/build.log abs
  abs=$(cd "$(dirname "$csproj")" && pwd)/$(basename "$csproj")
  if ! dotnet build "$csproj" -c Release --no-incremental -v:q -tl:off '-clp:NoSummary;ForceNoAlign' \
      -p:TreatWarningsAsErrors=false -p:CodeAnalysisTreatWarningsAsErrors=false \
      -p:MSBuildTreatWarningsAsErrors=false '-p:WarningsAsErrors=' >"$log" 2>&1; then
    echo "build of $csproj failed:" >&2
    grep -E ': error ' "$log" | LC_ALL=C sort -u | head -n 40 >&2 || cat "$log" >&2
    exit 1
  fi
  { grep -F "[$abs]" "$log" || true; } | sed -n -E \
    -e "s/^.*: (warning|error) RS0016: Symbol '(.*)' is not part of the declared public API.*$/RS0016\t-\t\2/p" \
    -e "s/^(.*)\([0-9]+,[0-9]+\): (warning|error) RS0017: Symbol '(.*)' is part of the declared API, but is either not public or could not be found.*$/RS0017\t\1\t\3/p" \
    | LC_ALL=C sort -u >"$out"
  # Anything else from the analyzer (RS0026, RS0036, RS0041, ...) needs a person.
  { grep -F "[$abs]" "$log" | grep -E ': (warning|error) RS00[0-9]+' | grep -v -E ' RS001[67]: ' || true; } \
    | sed -E 's/ \(https?:[^)]*\)//; s/ \[[^]]*\]$//' | LC_ALL=C sort -u >"$work/other"
}

# Prints what the last diagnose left for a person; fails if there is any.
check_other() {
  [ -s "$work/other" ] || return 0
  echo "  other public API diagnostics (fix by hand):"
  sed 's/^/    /' "$work/other"
  return 1
}

# Writes file $1 as `#nullable enable` followed by the sorted, unique lines on stdin.
write_api_file() {
  local file=$1
  { echo '#nullable enable'; { grep -v -x -E '#nullable enable|[[:space:]]*' || true; } | LC_ALL=C sort -u; } >"$file.new"
  mv "$file.new" "$file"
}

status=0
for csproj in "${projects[@]}"; do
  dir=$(dirname "$csproj")
  shipped=$dir/PublicAPI.Shipped.txt
  unshipped=$dir/PublicAPI.Unshipped.txt
  for f in "$shipped" "$unshipped"; do
    [ -f "$f" ] || { echo '#nullable enable' >"$f"; echo "  created $f"; }
  done

  echo "$csproj"
  diagnose "$csproj" "$work/diags"
  added=$(awk -F '\t' '$1 == "RS0016"' "$work/diags" | wc -l)
  removed=$(awk -F '\t' '$1 == "RS0017"' "$work/diags" | wc -l)
  if [ "$added" -eq 0 ] && [ "$removed" -eq 0 ]; then
    echo "  up to date"
    check_other || status=1
    continue
  fi

  # New Unshipped = (old Unshipped - gone symbols) + new symbols + *REMOVED* for gone shipped ones.
  awk -F '\t' '$1 == "RS0017" && $2 ~ /PublicAPI\.Unshipped\.txt$/ { print $3 }' "$work/diags" >"$work/gone-unshipped"
  awk -F '\t' '$1 == "RS0017" && $2 ~ /PublicAPI\.Shipped\.txt$/ { print "*REMOVED*" $3 }' "$work/diags" >"$work/gone-shipped"
  awk -F '\t' '$1 == "RS0016" { print $3 }' "$work/diags" >"$work/new"
  {
    grep -v -x -F -f "$work/gone-unshipped" "$unshipped" || true
    cat "$work/new" "$work/gone-shipped"
  } | write_api_file "$unshipped"
  echo "  $unshipped: $added symbol(s) added, $removed removed"

  diagnose "$csproj" "$work/diags"
  if [ -s "$work/diags" ]; then
    echo "  still reported after the update:"
    sed 's/^/    /' "$work/diags"
    status=1
  fi
  check_other || status=1
done
exit "$status"
