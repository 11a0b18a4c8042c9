package dev.artificer.component.gpio;

import static com.pi4j.io.gpio.digital.DigitalState.HIGH;
import static com.pi4j.io.gpio.digital.DigitalState.LOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.PullResistance;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Drives the mock input of a button wired to ground (pressed reads LOW) with a 30 ms debounce and a
 * 1 s long-press threshold. The mock input starts LOW, so each test first releases the button.
 */
class ButtonTest {

    private static final String PIN = "button-27";
    private static final ButtonConfig CONFIG = ButtonConfig.toGround(27)
            .withDebounce(Duration.ofMillis(30))
            .withLongPress(Duration.ofSeconds(1));

    private final MockPins pins = new MockPins();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<ButtonPress> heard = new CopyOnWriteArrayList<>();
    private Button button;
    private MockDigitalInput input;

    private void create(ButtonConfig config) {
        button = Button.create(pins.context(), config, scheduler);
        button.addListener(heard::add);
        input = pins.input("button-" + config.bcm());
    }

    private void createReleased() {
        create(CONFIG);
        input.mockState(HIGH);
        scheduler.advanceMillis(30);
    }

    @AfterEach
    void shutDown() {
        if (button != null) {
            button.close();
        }
        pins.close();
    }

    @Test
    void pinIsAPulledUpInputOnTheGivenBcmNumber() {
        createReleased();

        DigitalInput pin = pins.context().registry().get(PIN, DigitalInput.class);
        assertThat(pin.config().bcm()).isEqualTo(27);
        assertThat(pin.config().pull()).isEqualTo(PullResistance.PULL_UP);
    }

    @Test
    void buttonHeldWhenCreatedReportsNothingOnRelease() {
        createReleased();

        assertThat(heard).isEmpty();
    }

    @Test
    void shortPressIsReportedOnceTheReleaseHasSettled() {
        createReleased();
        input.mockState(LOW);
        scheduler.advanceMillis(200);
        input.mockState(HIGH);
        scheduler.advanceMillis(29);
        assertThat(heard).isEmpty();

        scheduler.advanceMillis(1);

        assertThat(heard).containsExactly(ButtonPress.SHORT);
    }

    @Test
    void holdingToTheThresholdReportsOneLongPressBeforeRelease() {
        createReleased();
        input.mockState(LOW);
        scheduler.advanceMillis(30 + 999);
        assertThat(heard).isEmpty();

        scheduler.advanceMillis(1);
        assertThat(heard).containsExactly(ButtonPress.LONG);

        scheduler.advance(Duration.ofSeconds(5));
        input.mockState(HIGH);
        scheduler.advanceMillis(30);
        assertThat(heard).containsExactly(ButtonPress.LONG);
    }

    @Test
    void releaseJustBeforeTheThresholdIsAShortPress() {
        createReleased();
        input.mockState(LOW);
        scheduler.advanceMillis(30 + 990);
        input.mockState(HIGH);
        scheduler.advanceMillis(30);

        assertThat(heard).containsExactly(ButtonPress.SHORT);
    }

    @Test
    void releaseBounceAcrossTheThresholdStillReportsTheLongPress() {
        createReleased();
        input.mockState(LOW);
        scheduler.advanceMillis(30 + 990);
        input.mockState(HIGH);
        scheduler.advanceMillis(15);
        input.mockState(LOW);
        scheduler.advanceMillis(29);
        assertThat(heard).isEmpty();

        scheduler.advanceMillis(1);

        assertThat(heard).containsExactly(ButtonPress.LONG);
    }

    @Test
    void contactBounceMakesOnePress() {
        createReleased();
        for (int i = 0; i < 5; i++) {
            input.mockState(LOW);
            scheduler.advanceMillis(5);
            input.mockState(HIGH);
            scheduler.advanceMillis(5);
        }
        input.mockState(LOW);
        scheduler.advanceMillis(300);
        input.mockState(HIGH);
        scheduler.advanceMillis(5);
        input.mockState(LOW);
        scheduler.advanceMillis(5);
        input.mockState(HIGH);
        scheduler.advanceMillis(30);

        assertThat(heard).containsExactly(ButtonPress.SHORT);
    }

    @Test
    void pulseShorterThanTheDebounceIsIgnored() {
        createReleased();
        input.mockState(LOW);
        scheduler.advanceMillis(29);
        input.mockState(HIGH);
        scheduler.advance(Duration.ofSeconds(3));

        assertThat(heard).isEmpty();
    }

    @Test
    void eachPressIsReportedSeparately() {
        createReleased();
        for (int i = 0; i < 3; i++) {
            input.mockState(LOW);
            scheduler.advanceMillis(100);
            input.mockState(HIGH);
            scheduler.advanceMillis(100);
        }

        assertThat(heard).containsExactly(ButtonPress.SHORT, ButtonPress.SHORT, ButtonPress.SHORT);
    }

    @Test
    void activeHighButtonIsPulledDownAndReadsHighAsPressed() {
        create(new ButtonConfig(5, false, Duration.ofMillis(30), Duration.ofSeconds(1)));
        input.mockState(HIGH);
        scheduler.advanceMillis(100);
        input.mockState(LOW);
        scheduler.advanceMillis(30);

        assertThat(heard).containsExactly(ButtonPress.SHORT);
        assertThat(pins.context().registry().get("button-5", DigitalInput.class).config().pull())
                .isEqualTo(PullResistance.PULL_DOWN);
    }

    @Test
    void removedListenerHearsNothing() {
        createReleased();
        List<ButtonPress> removed = new CopyOnWriteArrayList<>();
        ButtonListener listener = removed::add;
        button.addListener(listener);
        button.removeListener(listener);

        input.mockState(LOW);
        scheduler.advanceMillis(100);
        input.mockState(HIGH);
        scheduler.advanceMillis(100);

        assertThat(removed).isEmpty();
        assertThat(heard).containsExactly(ButtonPress.SHORT);
    }

    @Test
    void closedButtonReportsNothingClosesTheSchedulerAndReleasesThePin() {
        createReleased();
        input.mockState(LOW);
        scheduler.advanceMillis(100);
        button.close();
        input.mockState(HIGH);

        assertThat(heard).isEmpty();
        assertThat(scheduler.isClosed()).isTrue();
        assertThat(pins.exists(PIN)).isFalse();
    }
}
