package dev.artificer.component.gpio;

import static com.pi4j.io.gpio.digital.DigitalState.HIGH;
import static com.pi4j.io.gpio.digital.DigitalState.LOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pi4j.io.gpio.digital.DigitalOutput;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StatusLightTest {

    private static final String PIN = "status-light-17";

    private final MockPins pins = new MockPins();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final StatusLight light = StatusLight.create(pins.context(), 17, scheduler);

    @AfterEach
    void shutDown() {
        light.close();
        pins.close();
    }

    @Test
    void newLightIsOffOnTheGivenBcmPin() {
        assertThat(pins.output(PIN)).isEqualTo(LOW);
        assertThat(pins.context().registry().get(PIN, DigitalOutput.class).config().bcm()).isEqualTo(17);
    }

    @Test
    void onDrivesThePinHigh() {
        light.on();

        assertThat(pins.output(PIN)).isEqualTo(HIGH);
    }

    @Test
    void offDrivesThePinLow() {
        light.on();
        light.off();

        assertThat(pins.output(PIN)).isEqualTo(LOW);
    }

    @Test
    void steadyPatternStaysLit() {
        light.show(LightPattern.STEADY);
        scheduler.advance(Duration.ofMinutes(1));

        assertThat(pins.output(PIN)).isEqualTo(HIGH);
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void slowBlinkIsLitForASecondThenDarkForASecond() {
        light.show(LightPattern.SLOW_BLINK);
        assertThat(pins.output(PIN)).isEqualTo(HIGH);

        scheduler.advanceMillis(999);
        assertThat(pins.output(PIN)).isEqualTo(HIGH);
        scheduler.advanceMillis(1);
        assertThat(pins.output(PIN)).isEqualTo(LOW);
        scheduler.advanceMillis(999);
        assertThat(pins.output(PIN)).isEqualTo(LOW);
        scheduler.advanceMillis(1);
        assertThat(pins.output(PIN)).isEqualTo(HIGH);
    }

    @Test
    void fastBlinkTogglesEveryTwoHundredMilliseconds() {
        light.show(LightPattern.FAST_BLINK);

        StringBuilder levels = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            levels.append(pins.output(PIN) == HIGH ? '1' : '0');
            scheduler.advanceMillis(200);
        }

        assertThat(levels).hasToString("101010");
    }

    @Test
    void customPatternUsesItsOwnOnAndOffDurations() {
        light.show(new LightPattern(Duration.ofMillis(100), Duration.ofMillis(900)));

        scheduler.advanceMillis(100);
        assertThat(pins.output(PIN)).isEqualTo(LOW);
        scheduler.advanceMillis(899);
        assertThat(pins.output(PIN)).isEqualTo(LOW);
        scheduler.advanceMillis(1);
        assertThat(pins.output(PIN)).isEqualTo(HIGH);
    }

    @Test
    void offStopsBlinking() {
        light.show(LightPattern.FAST_BLINK);
        scheduler.advanceMillis(200);
        light.off();
        scheduler.advance(Duration.ofSeconds(10));

        assertThat(pins.output(PIN)).isEqualTo(LOW);
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void newPatternReplacesTheBlinkingOne() {
        light.show(LightPattern.FAST_BLINK);
        scheduler.advanceMillis(100);
        light.show(LightPattern.SLOW_BLINK);

        scheduler.advanceMillis(200);
        assertThat(pins.output(PIN)).isEqualTo(HIGH);
        assertThat(scheduler.pending()).isOne();
    }

    @Test
    void closeTurnsTheLightOffClosesTheSchedulerAndReleasesThePin() {
        DigitalOutput pin = pins.context().registry().get(PIN, DigitalOutput.class);
        light.show(LightPattern.SLOW_BLINK);
        light.close();

        assertThat(pin.state()).isEqualTo(LOW);
        assertThat(scheduler.isClosed()).isTrue();
        assertThat(pins.exists(PIN)).isFalse();
    }

    @Test
    void closedLightRefusesNewWork() {
        light.close();

        assertThatThrownBy(light::on).isInstanceOf(IllegalStateException.class).hasMessageContaining(PIN);
    }
}
