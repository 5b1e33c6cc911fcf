package io.smartstore.devices;

import io.smartstore.devices.card.CardSwipe;
import io.smartstore.devices.fake.FakeCardReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JavaPOS lifecycle every device follows, on the fake reader. */
class LifecycleTest {

    @Test
    void onlyAnEnabledDeviceDeliversData() {
        FakeCardReader reader = new FakeCardReader("card-reader");
        Recorder<CardSwipe> recorder = new Recorder<>();
        reader.addListener(recorder);

        reader.open();
        reader.claim();
        assertThat(reader.state()).isEqualTo(DeviceState.CLAIMED);
        assertThat(reader.connection()).isEqualTo(ConnectionStatus.CONNECTED);
        reader.swipe("6280001234567895");
        assertThat(recorder.data).isEmpty();

        reader.enable();
        reader.swipe("6280001234567895");
        assertThat(recorder.data).hasSize(1);

        reader.disable();
        reader.swipe("6280001234567895");
        assertThat(recorder.data).hasSize(1);

        reader.release();
        assertThat(reader.connection()).isEqualTo(ConnectionStatus.DISCONNECTED);
        reader.close();
        assertThat(reader.state()).isEqualTo(DeviceState.CLOSED);
        assertThat(recorder.statuses).containsExactly(ConnectionStatus.CONNECTED, ConnectionStatus.DISCONNECTED);
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        FakeCardReader reader = new FakeCardReader("card-reader");
        assertThatThrownBy(reader::claim).isInstanceOf(IllegalStateException.class).hasMessageContaining("CLOSED");
        assertThatThrownBy(reader::enable).isInstanceOf(IllegalStateException.class);
        reader.open();
        assertThatThrownBy(reader::open).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(reader::enable).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closeIsAllowedFromAnyStateAndStartGoesAllTheWay() {
        FakeCardReader reader = new FakeCardReader("card-reader");
        reader.start();
        assertThat(reader.state()).isEqualTo(DeviceState.ENABLED);
        reader.close();
        assertThat(reader.state()).isEqualTo(DeviceState.CLOSED);
        assertThat(reader.connection()).isEqualTo(ConnectionStatus.DISCONNECTED);
    }

    @Test
    void aListenerThatThrowsDoesNotStopTheOthers() {
        FakeCardReader reader = new FakeCardReader("card-reader");
        Recorder<CardSwipe> recorder = new Recorder<>();
        reader.addListener(card -> {
            throw new IllegalStateException("a broken screen");
        });
        reader.addListener(recorder);
        reader.start();
        reader.swipe("6280001234567895");
        assertThat(recorder.data).hasSize(1);
    }
}
