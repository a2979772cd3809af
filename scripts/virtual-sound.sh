#!/usr/bin/env bash
# A private PulseAudio server with a virtual speaker and microphone, for tests on machines with no sound card.
# Usage (XDG_RUNTIME_DIR must be exported and point to a private folder; everything lives under it):
#   scripts/virtual-sound.sh start       start the daemon with the null sink "virt_sink" (16 kHz mono, the
#                                        default output), "virt_mic" remapped from its monitor (the default
#                                        input), and a "keeper" recording that keeps the idle sink's clock fine
#                                        (without it a new input stream's first callback can come 1.8 s late);
#                                        takes ~2 s (see the warm-up below); also "virt_out" (48 kHz stereo,
#                                        like a real card), the computer's other output: a test that records
#                                        the computer's audio makes it the default output (see `out`)
#   scripts/virtual-sound.sh stop        stop what start started (by PID; does nothing if it is not running)
#   scripts/virtual-sound.sh play FILE   play a WAV/FLAC/OGG file into virt_sink, i.e. into the virtual
#                                        microphone; returns when it has been played
#   scripts/virtual-sound.sh play-out FILE  play a file into virt_out (what the computer plays: the other
#                                        side of a call); returns when it has been played
#   scripts/virtual-sound.sh restore-out  load virt_out again (and its keeper) after a test removed it
# Processes that export the same XDG_RUNTIME_DIR (tests: sounddevice through ALSA's pulse plugin, paplay,
# parec) reach this server; they should also export PULSE_COOKIE=$XDG_RUNTIME_DIR/virtual-sound/cookie, or
# libpulse creates a cookie in the user's home. If the daemon cannot start, start prints its log and fails.
set -euo pipefail

: "${XDG_RUNTIME_DIR:?virtual-sound: export XDG_RUNTIME_DIR (a private folder) first}"
state="$XDG_RUNTIME_DIR/virtual-sound"
log="$state/pulse.log"
export PULSE_COOKIE="$state/cookie"
SINK=virt_sink
MIC=virt_mic
OUT=virt_out
RATE=16000
CHANNELS=1

daemon_pid() { cat "$XDG_RUNTIME_DIR/pulse/pid" 2>/dev/null || true; }

# is PID $1 still the program $2 (and not a reused PID)?
is_running() { [ -n "$1" ] && [ "$(cat "/proc/$1/comm" 2>/dev/null)" = "$2" ]; }

# wait up to $2 seconds for PID $1 to exit
wait_exit() { timeout "$2" tail --pid="$1" -s 0.1 -f /dev/null 2>/dev/null || true; }

# a recording of virt_out's monitor that keeps its clock fine, as the keeper does virt_sink's
out_keeper() {
  local pid
  pid=$(cat "$state/keeper-out.pid" 2>/dev/null || true)
  if is_running "$pid" parec; then kill "$pid" 2>/dev/null || true; fi
  parec --device="$OUT.monitor" --latency-msec=20 --raw </dev/null >/dev/null 2>>"$log" &
  echo $! >"$state/keeper-out.pid"
}

restore_out() {
  if ! pactl list short sinks | awk '{print $2}' | grep -qx "$OUT"; then
    pactl load-module module-null-sink "sink_name=$OUT" rate=48000 channels=2 >/dev/null
  fi
  out_keeper
}

stop() {
  local pid
  for keeper in keeper keeper-out; do
    pid=$(cat "$state/$keeper.pid" 2>/dev/null || true)
    if is_running "$pid" parec && kill "$pid" 2>/dev/null; then
      wait_exit "$pid" 5
    fi
    rm -f "$state/$keeper.pid"
  done
  pid=$(daemon_pid)
  if is_running "$pid" pulseaudio && kill "$pid" 2>/dev/null; then
    wait_exit "$pid" 5
    kill -KILL "$pid" 2>/dev/null || true
  fi
}

fail() {
  echo "virtual-sound: $1; PulseAudio's log:" >&2
  cat "$log" >&2 2>/dev/null || true
  stop
  exit 1
}

start() {
  local pid tries=0
  pid=$(daemon_pid)
  if is_running "$pid" pulseaudio; then
    echo "virtual-sound: a PulseAudio server already runs in $XDG_RUNTIME_DIR (PID $pid)" >&2
    exit 1
  fi
  mkdir -p -m 700 "$state"
  : >"$log"
  # -n: no default.pa, only the modules below; anonymous auth: no cookie in the user's home is needed.
  # HOME and XDG_CONFIG_HOME point into the private folder so the daemon writes nothing elsewhere.
  HOME="$state" XDG_CONFIG_HOME="$state" pulseaudio -D -n --exit-idle-time=-1 --log-target="file:$log" \
    -L "module-native-protocol-unix auth-anonymous=1" \
    -L "module-null-sink sink_name=$SINK rate=$RATE channels=$CHANNELS" \
    -L "module-remap-source master=$SINK.monitor source_name=$MIC" \
    -L "module-null-sink sink_name=$OUT rate=48000 channels=2" 2>>"$log" ||
    fail "pulseaudio did not start"
  until pactl info >/dev/null 2>&1; do
    tries=$((tries + 1))
    [ "$tries" -ge 50 ] && fail "the server does not answer"
    sleep 0.1
  done
  pactl set-default-sink "$SINK" && pactl set-default-source "$MIC" || fail "could not set the defaults"
  parec --device="$SINK.monitor" --latency-msec=20 --raw </dev/null >/dev/null 2>>"$log" &
  echo $! >"$state/keeper.pid"
  out_keeper
  # the first playback stream on a fresh null sink stalls ~2 s after its first 0.1 s: take that hit here
  head -c 3200 /dev/zero | pacat --raw --format=s16le --rate=$RATE --channels=$CHANNELS --latency-msec=20 \
    --device="$SINK" 2>>"$log" || fail "could not play into $SINK"
  head -c 19200 /dev/zero | pacat --raw --format=s16le --rate=48000 --channels=2 --latency-msec=20 \
    --device="$OUT" 2>>"$log" || fail "could not play into $OUT"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  play)
    [ $# -eq 2 ] || { echo "usage: $0 play FILE" >&2; exit 2; }
    paplay --device="$SINK" "$2"
    ;;
  play-out)
    [ $# -eq 2 ] || { echo "usage: $0 play-out FILE" >&2; exit 2; }
    paplay --device="$OUT" "$2"
    ;;
  restore-out) restore_out ;;
  *) echo "usage: $0 start|stop|play FILE|play-out FILE|restore-out" >&2; exit 2 ;;
esac
