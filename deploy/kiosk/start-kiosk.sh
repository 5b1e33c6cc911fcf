#!/usr/bin/env bash
# Starts kiosk-ui on a kiosk PC, waits until it answers, then opens Chromium in kiosk mode on it.
# Configuration comes from /etc/smartstore/kiosk.env (see smartstore-kiosk.service) or the environment.
set -euo pipefail
JAR="${SMARTSTORE_KIOSK_JAR:-/opt/smartstore/kiosk-ui.jar}"
PORT="${SERVER_PORT:-8080}"
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
[ -x "$JAVA" ] || { echo "start-kiosk: no Java 25 at $JAVA (set JAVA_HOME)" >&2; exit 1; }

# The JDK's AOT cache halves the start (docs/benchmarks.md, "Start-up"): it needs the jar extracted;
# the first run after an update records the cache (written when kiosk-ui stops), later runs use it.
APP="${SMARTSTORE_KIOSK_APP_DIR:-/var/lib/smartstore/kiosk-app}"
if [ ! -f "$APP/extracted" ] || [ "$JAR" -nt "$APP/extracted" ]; then
    rm -rf "$APP" && mkdir -p "$APP"
    "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$APP" >/dev/null && touch "$APP/extracted"
fi
if [ -s "$APP/app.aot" ]; then AOT=(-XX:AOTCache="$APP/app.aot"); else AOT=(-XX:AOTCacheOutput="$APP/app.aot"); fi

"$JAVA" --enable-native-access=ALL-UNNAMED -Dfazecast.jSerialComm.appid=smartstore-kiosk -XX:+UseSerialGC -XX:MetaspaceSize=128m "${AOT[@]}" \
    -jar "$APP/$(basename "$JAR")" --spring.profiles.active="${SMARTSTORE_PROFILE:-prod}" &
KIOSK=$!
trap 'kill $KIOSK 2>/dev/null' EXIT

for _ in $(seq 1 120); do
    curl -fs "http://localhost:$PORT/actuator/health" >/dev/null 2>&1 && break
    kill -0 "$KIOSK" 2>/dev/null || { echo "start-kiosk: kiosk-ui stopped while starting" >&2; exit 1; }
    sleep 0.5
done

# kiosk mode: full screen, no address bar, no error dialogs, no translation bar, nothing remembered between runs
chromium --kiosk --noerrdialogs --disable-infobars --disable-translate --disable-features=Translate \
    --disable-pinch --overscroll-history-navigation=0 --incognito --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    "http://localhost:$PORT/" &
wait "$KIOSK"
