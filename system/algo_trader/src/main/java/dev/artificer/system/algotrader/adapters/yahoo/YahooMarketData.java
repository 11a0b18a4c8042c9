package dev.artificer.system.algotrader.adapters.yahoo;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.MarketSession;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.system.algotrader.marketdata.CompanyInfo;
import dev.artificer.system.algotrader.marketdata.FetchedBars;
import dev.artificer.system.algotrader.marketdata.MarketDataSource;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The MarketDataSource for a service that has no Schwab app but should collect and trade on real prices
 * ({@code ALGO_TRADER_MARKET_DATA=yahoo}): Yahoo Finance's split-adjusted daily bars, the same as {@code data download}
 * stores, and weekly and monthly bars built from them (starting on the Monday and on the first of the month, as the
 * other sources label them). Yahoo's chart API gives no fundamentals and only weeks of intraday bars, so intraday
 * history and company data are not offered: those answers are empty.
 */
public final class YahooMarketData implements MarketDataSource {

    private static final ZoneId NEW_YORK = MarketSession.NEW_YORK.zone();
    private static final Duration SPAN = Duration.ofDays(366 * 10);
    private static final Duration REACH = Duration.ofDays(366 * 40);

    private final YahooChart chart;
    private final Clock clock;

    /**
     * Creates the source.
     *
     * @param chart the chart client
     * @param clock the time: no bar starts after it
     */
    public YahooMarketData(YahooChart chart, Clock clock) {
        this.chart = chart;
        this.clock = clock;
    }

    @Override
    public String name() {
        return YahooChart.NAME;
    }

    @Override
    public FetchedBars history(Symbol symbol, Timeframe timeframe, Instant from, Instant to) {
        Instant now = clock.instant();
        Instant end = to.isBefore(now) ? to : now;
        if (timeframe.intraday() || !from.isBefore(end)) {
            return new FetchedBars(List.of(), List.of());
        }
        LocalDate first = from.atZone(NEW_YORK).toLocalDate().minusDays(timeframe == Timeframe.MONTHLY ? 31 : 7);
        YahooHistory history = chart.daily(symbol, first, end.atZone(NEW_YORK).toLocalDate());
        List<Bar> bars = timeframe == Timeframe.DAILY ? history.bars() : periods(history.bars(), timeframe);
        return new FetchedBars(bars.stream().filter(bar -> !bar.start().isBefore(from) && bar.start().isBefore(end))
                .toList(), history.rejected());
    }

    private static List<Bar> periods(List<Bar> days, Timeframe timeframe) {
        Map<LocalDate, List<Bar>> byPeriod = new TreeMap<>();
        for (Bar day : days) {
            LocalDate date = day.start().atZone(NEW_YORK).toLocalDate();
            LocalDate label = timeframe == Timeframe.WEEKLY
                    ? date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : date.withDayOfMonth(1);
            byPeriod.computeIfAbsent(label, ignored -> new ArrayList<>()).add(day);
        }
        return byPeriod.entrySet().stream().map(period -> Bar.combined(period.getValue(), timeframe,
                period.getKey().atStartOfDay(NEW_YORK).toInstant())).toList();
    }

    @Override
    public Optional<CompanyInfo> company(Symbol symbol) {
        return Optional.empty();
    }

    @Override
    public Duration requestSpan(Timeframe timeframe) {
        return SPAN;
    }

    @Override
    public Duration reach(Timeframe timeframe) {
        return REACH;
    }
}
