package dev.artificer.component.gpio;

import static com.pi4j.io.gpio.digital.DigitalState.HIGH;
import static com.pi4j.io.gpio.digital.DigitalState.LOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.pi4j.io.gpio.digital.DigitalOutput;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BuzzerTest {

    private static final String PIN = "buzzer-22";

    private final MockPins pins = new MockPins();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final Buzzer buzzer = Buzzer.create(pins.context(), 22, scheduler);

    @AfterEach
    void shutDown() {
        buzzer.close();
        pins.close();
    }

    @Test
    void newBuzzerIsSilent() {
        assertThat(pins.output(PIN)).isEqualTo(LOW);
    }

    @Test
    void beepSoundsForItsLengthThenStops() {
        buzzer.beep(Duration.ofMillis(300));
        assertThat(pins.output(PIN)).isEqualTo(HIGH);

        scheduler.advanceMillis(299);
        assertThat(pins.output(PIN)).isEqualTo(HIGH);
        scheduler.advanceMillis(1);
        assertThat(pins.output(PIN)).isEqualTo(LOW);
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void patternPlaysEachBeepAndPauseInOrderThenFallsSilent() {
        buzzer.play(new BeepPattern(List.of(
                new BeepPattern.Beep(Duration.ofMillis(100), Duration.ofMillis(50)),
                new BeepPattern.Beep(Duration.ofMillis(300), Duration.ofMillis(50)))));

        StringBuilder levels = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            levels.append(pins.output(PIN) == HIGH ? '1' : '0');
            scheduler.advanceMillis(50);
        }

        assertThat(levels).hasToString("110111111000");
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void repeatPlaysTheSameBeepTheGivenNumberOfTimes() {
        buzzer.play(BeepPattern.repeat(3, Duration.ofMillis(100), Duration.ofMillis(100)));

        StringBuilder levels = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            levels.append(pins.output(PIN) == HIGH ? '1' : '0');
            scheduler.advanceMillis(100);
        }

        assertThat(levels).hasToString("10101000");
    }

    @Test
    void newBeepReplacesAPlayingPattern() {
        buzzer.play(BeepPattern.repeat(5, Duration.ofMillis(100), Duration.ofMillis(100)));
        scheduler.advanceMillis(150);
        buzzer.beep(Duration.ofMillis(20));

        scheduler.advanceMillis(20);
        assertThat(pins.output(PIN)).isEqualTo(LOW);
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(pins.output(PIN)).isEqualTo(LOW);
    }

    @Test
    void silenceStopsAPlayingPattern() {
        buzzer.play(BeepPattern.repeat(5, Duration.ofMillis(100), Duration.ofMillis(100)));
        scheduler.advanceMillis(200);
        buzzer.silence();
        scheduler.advance(Duration.ofSeconds(1));

        assertThat(pins.output(PIN)).isEqualTo(LOW);
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void closeSilencesTheBuzzerClosesTheSchedulerAndReleasesThePin() {
        DigitalOutput pin = pins.context().registry().get(PIN, DigitalOutput.class);
        buzzer.beep(Duration.ofSeconds(5));
        buzzer.close();

        assertThat(pin.state()).isEqualTo(LOW);
        assertThat(scheduler.isClosed()).isTrue();
        assertThat(pins.exists(PIN)).isFalse();
    }
}
