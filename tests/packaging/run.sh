#!/usr/bin/env bash
# The packages as users get them: packs every src/ project with a version unique to this run into a
# temporary folder feed, then
#
#   consumer   restores LeadKit.Consumer from that feed (package references, a fresh NuGet packages
#              folder), builds it and runs it: scoring, a SQLite store, a CSV import, a report;
#   aot        publishes LeadKit.AotSmoke with Native AOT for linux-x64 (any trimming or AOT warning
#              fails it) and runs the native program: scoring, a CSV file read into leads, the
#              in-memory store and a filter.
#
# Usage: tests/packaging/run.sh [--no-build] [--keep] [STEP ...]
#
#   STEP        pack, consumer, aot (default: all three; consumer and aot need pack)
#   --no-build  pack what `dotnet build -c Release` already built (CI builds just before)
#   --keep      keep the temporary folder (feed, packages, logs, published program) and print it
#
# Prints how long each step took. Exits non-zero when a step fails, naming the step.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)

no_build=()
keep=false
steps=()
while [ "$#" -gt 0 ]; do
  case "$1" in
    --no-build) no_build=(--no-build) ;;
    --keep) keep=true ;;
    pack | consumer | aot) steps+=("$1") ;;
    *) echo "usage: tests/packaging/run.sh [--no-build] [--keep] [pack|consumer|aot ...]" >&2; exit 2 ;;
  esac
  shift
done
[ "${#steps[@]}" -gt 0 ] || steps=(pack consumer aot)

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

work=$(mktemp -d "${TMPDIR:-/tmp}/leadkit-packages.XXXXXX")
if [ "$keep" = true ]; then
  trap 'echo "packages: kept $work"' EXIT
else
  trap 'rm -rf "$work"' EXIT
fi

# The machine's NuGet packages folder, read below as a local feed (before NUGET_PACKAGES changes).
machine_packages=$(dotnet nuget locals global-packages --list | sed -n 's/^global-packages: *//p')
machine_packages=${machine_packages%/}
[ -n "$machine_packages" ] || machine_packages=$HOME/.nuget/packages
mkdir -p "$machine_packages"

# A version no earlier run used, so that no cache anywhere can hold these packages.
version="0.0.0-packagetest.$(date -u +%Y%m%d%H%M%S).$$"
# Packing builds (or reads) the repository's projects with the machine's packages folder; only the
# consumer and aot programs restore into this run's own folder (packages=..., set for them alone).
export LEADKIT_FEED=$work/feed
export LEADKIT_PACKAGES=$machine_packages
packages=$work/packages
artifacts=$work/artifacts
props=(-p:LeadKitVersion="$version" --artifacts-path "$artifacts")

failed=()
step_started=0
begin() {
  step_started=$SECONDS
  printf 'packages: %s ...\n' "$1"
}
finish() { # name rc
  local took=$((SECONDS - step_started))
  if [ "$2" -eq 0 ]; then
    printf 'packages: %s passed in %ss\n' "$1" "$took"
  else
    printf 'packages: %s FAILED (exit code %s) in %ss\n' "$1" "$2" "$took"
    failed+=("$1")
  fi
}
has_step() { [[ " ${steps[*]} " == *" $1 "* ]]; }

if has_step pack; then
  begin "pack $version"
  set +e
  bash "$repo/build/pack.sh" "$LEADKIT_FEED" --version "$version" "${no_build[@]}" >"$work/pack.log" 2>&1
  rc=$?
  set -e
  grep '^pack: ' "$work/pack.log" || true
  [ "$rc" -eq 0 ] || tail -n 40 "$work/pack.log"
  finish pack "$rc"
fi
if [ ! -d "$LEADKIT_FEED" ]; then
  echo "packages: no feed at $LEADKIT_FEED (the consumer and aot steps need the pack step)" >&2
  exit 1
fi

if has_step consumer && [ "${#failed[@]}" -eq 0 ]; then
  begin consumer
  set +e
  (
    set -e
    NUGET_PACKAGES=$packages dotnet build "$here/LeadKit.Consumer/LeadKit.Consumer.csproj" -c Release "${props[@]}" -nologo -clp:NoSummary >"$work/consumer-build.log" 2>&1 ||
      { tail -n 40 "$work/consumer-build.log"; exit 1; }
    # The packages came from this run's feed, into this run's packages folder.
    for id in leadkit leadkit.entityframeworkcore leadkit.csv; do
      [ -f "$packages/$id/$version/$id.$version.nupkg" ] || { echo "packages: $id $version was not restored from the feed" >&2; exit 1; }
    done
    dotnet "$artifacts/bin/LeadKit.Consumer/release/LeadKit.Consumer.dll"
  )
  rc=$?
  set -e
  finish consumer "$rc"
fi

if has_step aot && [ "${#failed[@]}" -eq 0 ]; then
  begin "aot (Native AOT publish for linux-x64, then run)"
  set +e
  (
    set -e
    NUGET_PACKAGES=$packages dotnet publish "$here/LeadKit.AotSmoke/LeadKit.AotSmoke.csproj" -c Release -r linux-x64 "${props[@]}" -nologo -clp:NoSummary >"$work/aot-publish.log" 2>&1 ||
      { grep -E 'warning|error' "$work/aot-publish.log" | sort -u | head -n 40; tail -n 20 "$work/aot-publish.log"; exit 1; }
    # Warnings are errors in the project; this catches any that a tool reports without failing.
    if grep -E ': warning [A-Z]+[0-9]+' "$work/aot-publish.log"; then
      echo "packages: the Native AOT publish reported warnings" >&2
      exit 1
    fi
    exe=$artifacts/publish/LeadKit.AotSmoke/release_linux-x64/LeadKit.AotSmoke
    [ -x "$exe" ] || { echo "packages: no native program at $exe" >&2; ls -R "$artifacts/publish" >&2 || true; exit 1; }
    printf 'packages: native program %s KiB\n' "$(($(stat -c %s "$exe") / 1024))"
    "$exe"
  )
  rc=$?
  set -e
  finish aot "$rc"
fi

if [ "${#failed[@]}" -gt 0 ]; then
  echo "packages: FAILED: ${failed[*]} (logs in $work when run with --keep)"
  exit 1
fi
echo "packages: ${steps[*]} passed"
