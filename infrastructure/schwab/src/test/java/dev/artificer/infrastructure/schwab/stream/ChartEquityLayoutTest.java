package dev.artificer.infrastructure.schwab.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The one table of CHART_EQUITY field numbers. */
class ChartEquityLayoutTest {

    @Test
    void theObservedLayoutPutsTheSequenceFirst() {
        int[] slots = ChartEquityLayout.OBSERVED.slots();

        assertThat(slots).containsExactly(-1, ChartEquityLayout.SEQUENCE, ChartEquityLayout.OPEN,
                ChartEquityLayout.HIGH, ChartEquityLayout.LOW, ChartEquityLayout.CLOSE, ChartEquityLayout.VOLUME,
                ChartEquityLayout.CHART_TIME, ChartEquityLayout.CHART_DAY);
    }

    @Test
    void theGuideLayoutPutsTheSequenceSixth() {
        int[] slots = ChartEquityLayout.GUIDE.slots();

        assertThat(slots).containsExactly(-1, ChartEquityLayout.OPEN, ChartEquityLayout.HIGH, ChartEquityLayout.LOW,
                ChartEquityLayout.CLOSE, ChartEquityLayout.VOLUME, ChartEquityLayout.SEQUENCE,
                ChartEquityLayout.CHART_TIME, ChartEquityLayout.CHART_DAY);
    }

    @Test
    void aFieldUsedTwiceIsRefused() {
        assertThatThrownBy(() -> new ChartEquityLayout(1, 1, 3, 4, 5, 6, 7, 8))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a CHART_EQUITY layout uses each of the fields 1 to 8 once (got [1, 1, 3, 4, 5, 6, 7, 8])");
    }

    @Test
    void aFieldOutOfRangeIsRefused() {
        assertThatThrownBy(() -> new ChartEquityLayout(0, 2, 3, 4, 5, 6, 7, 8))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
