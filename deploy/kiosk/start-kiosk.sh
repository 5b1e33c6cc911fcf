#!/usr/bin/env bash
# Starts kiosk-ui on a kiosk PC, waits until it answers, then opens Chromium in kiosk mode on it.
# Configuration comes from /etc/smartstore/kiosk.env (see smartstore-kiosk.service) or the environment.
set -euo pipefail
JAR="${SMARTSTORE_KIOSK_JAR:-/opt/smartstore/kiosk-ui.jar}"
PORT="${SERVER_PORT:-8080}"
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
[ -x "$JAVA" ] || { echo "start-kiosk: no Java 25 at $JAVA (set JAVA_HOME)" >&2; exit 1; }

"$JAVA" --enable-native-access=ALL-UNNAMED -Dfazecast.jSerialComm.appid=smartstore-kiosk -XX:+UseSerialGC \
    -jar "$JAR" --spring.profiles.active="${SMARTSTORE_PROFILE:-prod}" &
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
