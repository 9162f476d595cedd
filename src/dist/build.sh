#!/usr/bin/env bash
# The desktop build (mvn -Pdist package): a trimmed Java runtime (jlink, the modules jdeps finds in
# the fat jar), an app image and a .deb (jpackage), and a class-data-sharing archive for the launcher.
#
#   build.sh FAT_JAR VERSION OUT_DIR TRAINING_CLASSPATH
#
# OUT_DIR/recovery-planner/ is the app image, OUT_DIR/recovery-planner_VERSION-1_ARCH.deb the package.
# The name has no spaces: it becomes the folder /opt/recovery-planner, the command and the package.
set -euo pipefail

jar=$(realpath "$1")
version=$2
mkdir -p "$3"
out=$(realpath "$3")
training_cp=${4:-}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
project=$(cd "$here/../.." && pwd)
name=recovery-planner
work=$out/work
app_version=${version%%-*}   # jpackage takes numbers only: 0.1.0-SNAPSHOT -> 0.1.0

for tool in jdeps jlink jpackage; do
  command -v "$tool" >/dev/null || { echo "dist: $tool not found; the dist build needs a full JDK 17 or newer" >&2; exit 1; }
done
rm -rf "$out"
mkdir -p "$work/input"
cp "$jar" "$work/input/$name.jar"

# 1. The modules the app uses. JavaFX travels in the fat jar (class path, not modules), so jdeps reads
#    what its classes need too (java.desktop, jdk.unsupported, java.scripting ...). Added by hand, as
#    no class names them: German and English locale data (dates and numbers in German), the zip file
#    system, and elliptic-curve crypto for TLS to a clinic server.
modules=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 "$work/input/$name.jar")
modules="$modules,jdk.localedata,jdk.zipfs,jdk.crypto.ec"
echo "$modules" > "$work/modules.txt"

# 2. The runtime. bin/java stays: the archive is made with it at build time and, for the .deb, at install time.
jlink --add-modules "$modules" --include-locales=en,de \
      --strip-debug --no-header-files --no-man-pages --compress=2 \
      --output "$work/runtime"

# 3. The app image. The launcher opens the window with no arguments and runs the command line with
#    them (Launcher.main). A second launcher, bin/$name-cli, is the command in PATH (postinst links
#    it): a script that starts the same runtime, jar and main class with options for short runs (C1
#    only, the serial collector, an archive of the command line's classes only; docs/BENCHMARKS.md,
#    "Command line, third round"); the menu entry keeps the first. The archive is optional to the JVM: -Xshare:auto uses it when it matches this
#    runtime and jar and otherwise starts without it, and the cds logs off keep a stale one silent.
#    ArchiveRelocationMode=0: map the archive at the address it was made for; this JDK 17 build
#    otherwise always maps it elsewhere and patches every pointer in it, which took ~0.6 s of the
#    ~1 s the archive was to save (docs/BENCHMARKS.md, "Installed app"). TieredStopAtLevel=1: C1 only;
#    C2 compiling was over a quarter of the CPU of a window start, and no click measured needed it
#    (docs/BENCHMARKS.md, "the form while the data opens").
jpackage --type app-image --name "$name" --app-version "$app_version" \
         --input "$work/input" --main-jar "$name.jar" --main-class com.ublives.recovery.Launcher \
         --runtime-image "$work/runtime" --icon "$project/icons/recovery-planner-256.png" \
         --java-options '-Xshare:auto' \
         --java-options '-XX:+UnlockDiagnosticVMOptions' --java-options '-XX:ArchiveRelocationMode=0' \
         --java-options '-XX:SharedArchiveFile=$APPDIR/app.jsa' \
         --java-options '-Xlog:cds=off' --java-options '-Xlog:cds+dynamic=off' \
         --java-options '-XX:TieredStopAtLevel=1' \
         --dest "$work/deb-image"
# not a jpackage launcher (--add-launcher): that one gets a menu entry of its own in the package, and
# its native start cost as much CPU again as the JVM for --help
install -m 755 "$here/$name-cli" "$work/deb-image/$name/bin/$name-cli"

# 4. Which classes a start loads: the command line (plan, catalog) and, when the test classes are
#    there, the window up to a usable assessment screen (headless, Monocle; StartupProbe). Only the
#    class names are kept; the archive itself is made from this app image's own jar.
image_java=$work/deb-image/$name/lib/runtime/bin/java
image_jar=$work/deb-image/$name/lib/app/$name.jar
training_home=$work/training-data
lists=()
cli_lists=()
# train NAME [--refusal] JAVA_ARGS...: a refusal ends with status 2 by design
train() {
  local list=$work/classes-$1.lst; shift
  local ok=0
  if [ "$1" = --refusal ]; then ok=2; shift; fi
  local status=0
  "$image_java" -Xshare:off -XX:DumpLoadedClassList="$list" "$@" >"$work/training.log" 2>&1 || status=$?
  if [ "$status" -eq "$ok" ]; then
    lists+=("$list")
  else
    echo "dist: a training run failed (see $work/training.log); its classes are not archived" >&2
  fi
}
cli=(-cp "$image_jar" com.ublives.recovery.Launcher)
train plan "${cli[@]}" plan --massage deep-tissue --soreness 5 --hours 30 --condition blood-thinners --data-dir "$training_home"
train plan-later "${cli[@]}" plan --massage deep-tissue --soreness 5 --hours 30 --data-dir "$training_home"
train catalog "${cli[@]}" catalog --data-dir "$training_home"
train status "${cli[@]}" journal status --data-dir "$training_home"
train help "${cli[@]}" --help
train refusal --refusal "${cli[@]}" plan --massage deep-tissue --soreness 11 --data-dir "$training_home"
cli_lists=("${lists[@]}")
if [ -n "$training_cp" ] && [ -f "$project/target/test-classes/com/ublives/recovery/bench/StartupProbe.class" ]; then
  train window -cp "$image_jar:$project/target/test-classes:$training_cp" -Dglass.platform=Monocle -Dmonocle.platform=Headless \
        -Dprism.order=sw -Djava.awt.headless=true \
        'com.ublives.recovery.bench.StartupProbe$FullMain' --data-dir "$training_home"
fi
sort -u "${lists[@]}" | grep -v '^#' > "$work/deb-image/$name/lib/app/classes.lst"
sort -u "${cli_lists[@]}" | grep -v '^#' > "$work/deb-image/$name/lib/app/cli-classes.lst"

# 5. The .deb: the image without an archive (an archive names the absolute path of the jar it was
#    made with, and JDK 17 cannot move one), so postinst makes it where the app is installed, from
#    the class list above, as Debian's own JDK packages do for theirs.
jpackage --type deb --name "$name" --app-version "$app_version" \
         --app-image "$work/deb-image/$name" --icon "$project/icons/recovery-planner-256.png" \
         --description "Recovery after a massage: how long soreness usually lasts, warning signs, a three-day plan" \
         --vendor "Recovery Planner" \
         --linux-shortcut --linux-menu-group "Utility" --linux-app-category misc \
         --linux-package-deps "libgtk-3-0 | libgtk-3-0t64, libxtst6, libfreetype6, libfontconfig1" \
         --resource-dir "$here/linux" --dest "$out" --verbose >"$work/jpackage-deb.log" 2>&1 \
  || { cat "$work/jpackage-deb.log" >&2; exit 1; }

# 6. The app image of this build, with its own archives made here, where they stay.
cp -a "$work/deb-image/$name" "$out/$name"
dump() {
  "$out/$name/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$out/$name/lib/app/$1" \
        -XX:SharedArchiveFile="$out/$name/lib/app/$2" -cp "$out/$name/lib/app/$name.jar" >"$work/dump.log" 2>&1 \
    || { cat "$work/dump.log" >&2; exit 1; }
}
dump classes.lst app.jsa
dump cli-classes.lst cli.jsa
echo "dist: $out/$name/ and $(ls "$out"/*.deb)"
