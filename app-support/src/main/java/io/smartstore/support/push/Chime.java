package io.smartstore.support.push;

import com.vaadin.flow.component.Component;

/**
 * A short two-note chime made by the browser (no sound file to ship), and on a phone a vibration. A browser that has
 * not been touched yet may stay silent: {@link #unlock} on a tap makes the page's later chimes heard.
 */
public final class Chime {

    private static final String PLAY = """
            try {
              const audio = window.smartstoreAudio || new (window.AudioContext || window.webkitAudioContext)();
              [$0, $1].forEach((hz, i) => {
                const note = audio.createOscillator(); const gain = audio.createGain();
                note.frequency.value = hz; gain.gain.value = 0.2; note.connect(gain); gain.connect(audio.destination);
                note.start(audio.currentTime + i * 0.3); note.stop(audio.currentTime + i * 0.3 + 0.25);
              });
            } catch (e) { }
            if ($2 && navigator.vibrate) { try { navigator.vibrate([300, 150, 300]); } catch (e) { } }""";

    private Chime() {
    }

    /** Rising (660, 880 Hz): someone is called. */
    public static void call(Component on) {
        on.getElement().executeJs(PLAY, 660, 880, false);
    }

    /** Falling (880, 660 Hz): something needs an adviser now. */
    public static void alert(Component on) {
        on.getElement().executeJs(PLAY, 880, 660, false);
    }

    /** The customer's phone: the call, and a vibration. */
    public static void callWithVibration(Component on) {
        on.getElement().executeJs(PLAY, 660, 880, true);
    }

    /** Called on a tap: the page may make sounds from now on (browsers allow audio only after a gesture). */
    public static void unlock(Component on) {
        on.getElement().executeJs("""
                try {
                  window.smartstoreAudio = window.smartstoreAudio || new (window.AudioContext || window.webkitAudioContext)();
                  window.smartstoreAudio.resume();
                } catch (e) { }""");
    }
}
