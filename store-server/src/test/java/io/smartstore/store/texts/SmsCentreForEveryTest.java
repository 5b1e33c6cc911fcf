package io.smartstore.store.texts;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Starts the test SMS centre once per test JVM, before any application context, on a port the system chooses (port
 * 0, read back), and names it in {@code smartstore.sms.port}: the store's one shared test context finds it there, and
 * {@link TextsTest} does not need a context of its own. Registered in META-INF/services.
 */
public class SmsCentreForEveryTest implements LauncherSessionListener {

    private static volatile SmsCentreForTests centre;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        centre();
    }

    /** The centre of this JVM's tests, started on first use. */
    static synchronized SmsCentreForTests centre() {
        if (centre == null) {
            try {
                centre = SmsCentreForTests.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.setProperty("smartstore.sms.port", String.valueOf(centre.port()));
        }
        return centre;
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (centre != null) {
            try {
                centre.close();
            } catch (IOException ignored) {
                // the JVM ends
            }
        }
    }
}
