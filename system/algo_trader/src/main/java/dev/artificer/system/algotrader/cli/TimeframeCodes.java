package dev.artificer.system.algotrader.cli;

import dev.artificer.component.market.Timeframe;
import java.util.Arrays;
import java.util.Iterator;

/** The timeframes as typed on the command line ({@code 1m}, {@code daily}, ...), for shell completion. */
public final class TimeframeCodes implements Iterable<String> {

    /** Creates the candidates; picocli's factory for this package asks for one public constructor. */
    public TimeframeCodes() {
        // nothing to set up: the values come from Timeframe
    }

    /**
     * The codes in the enum's order.
     *
     * @return an iterator over the codes
     */
    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(Timeframe.values()).map(Timeframe::code).iterator();
    }
}
