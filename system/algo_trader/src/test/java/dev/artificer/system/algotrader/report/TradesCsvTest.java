package dev.artificer.system.algotrader.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.backtest.Trade.Direction;
import dev.artificer.component.backtest.tearsheet.RoundTrip;
import dev.artificer.component.market.Symbol;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TradesCsvTest {

    @Test
    void oneLinePerRoundTripWithTheOpenPositionFlagged() {
        RoundTrip closed = new RoundTrip(Symbol.of("AAPL"), Direction.LONG, Instant.parse("2026-01-05T05:00:00Z"), 100,
                Instant.parse("2026-01-07T05:00:00Z"), 106, 10, 60, -0.03, 0.08, false);
        RoundTrip open = new RoundTrip(Symbol.of("AAPL"), Direction.SHORT, Instant.parse("2026-01-08T05:00:00Z"), 50,
                Instant.parse("2026-01-09T17:00:00Z"), 55, 4, -20, -0.1, 0, true);

        List<String> lines = TradesCsv.render(List.of(closed, open)).lines().toList();

        // return 60 / (100 x 10) = 0.06, held 2 days; the short: -20 / (50 x 4) = -0.1, held 1.5 days
        assertThat(lines).containsExactly(
                "symbol,direction,entry_time,entry_price,exit_time,exit_price,quantity,pnl,return,holding_days,mae,mfe,open",
                "AAPL,LONG,2026-01-05T05:00:00Z,100.0,2026-01-07T05:00:00Z,106.0,10,60.0,0.06,2.0,-0.03,0.08,false",
                "AAPL,SHORT,2026-01-08T05:00:00Z,50.0,2026-01-09T17:00:00Z,55.0,4,-20.0,-0.1,1.5,-0.1,0.0,true");
    }
}
