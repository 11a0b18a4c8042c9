package dev.artificer.component.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of a backtest over seeded random strategies and markets, checked against a ledger kept here from the
 * fills alone (first-in-first-out lots, its own arithmetic): the account's books must balance at every point, and
 * the exposure must be the counted share of points with a position.
 */
class AccountInvariantsTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 60);
    }

    private static BacktestSettings settings(long seed) {
        Random random = new Random(seed * 31);
        BacktestSettings settings = BacktestSettings.withoutCosts(10_000 + random.nextInt(200_000));
        if (random.nextBoolean()) {
            settings = settings.withCosts(CommissionModel.perShare(0.005, 1), SlippageModel.basisPoints(5));
        }
        if (random.nextBoolean()) {
            settings = settings.fillingAtClose();
        }
        return random.nextBoolean() ? settings.withShortsAndMargin(1 + random.nextInt(3)) : settings;
    }

    private static BacktestResult run(long seed) {
        BacktestSettings settings = settings(seed);
        return new BacktestEngine(settings).run(new RandomTrader(seed, settings.allowShort()),
                RandomMarket.bars(seed, 150 + (int) (seed % 7) * 40));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void equityIsInitialCashPlusRealisedPlusUnrealisedMinusFeesAtEveryPoint(long seed) {
        List<Bar> bars = RandomMarket.bars(seed, 150 + (int) (seed % 7) * 40);
        BacktestResult result = run(seed);
        Ledger ledger = new Ledger(result.fills());
        EquityCurve curve = result.equityCurve();
        int barIndex = 0;
        List<Bar> ordered = bars.stream().sorted(Comparator.comparing(Bar::start)).toList();
        Map<Symbol, Double> marks = new HashMap<>();
        for (int point = 0; point < curve.size(); point++) {
            while (barIndex < ordered.size() && !ordered.get(barIndex).start().isAfter(curve.time(point))) {
                marks.put(ordered.get(barIndex).symbol(), ordered.get(barIndex).close());
                barIndex++;
            }
            ledger.applyUntil(curve.time(point).toEpochMilli());
            double expected = result.initialCash() + ledger.realised + ledger.unrealised(marks) - ledger.fees;
            assertThat(curve.equity(point)).as("seed %d, point %d (%s)", seed, point, curve.time(point))
                    .isCloseTo(expected, within(1e-6));
        }
        double tradesGross = Trades.from(result.fills()).stream().mapToDouble(trade -> trade.pnl() + trade.commission())
                .sum();
        assertThat(tradesGross).as("seed %d: realised P&L of the trades", seed).isCloseTo(ledger.realised, within(1e-6));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void exposureIsTheCountedShareOfPointsHoldingAPosition(long seed) {
        BacktestResult result = run(seed);
        Ledger ledger = new Ledger(result.fills());
        EquityCurve curve = result.equityCurve();
        int invested = 0;
        for (int point = 0; point < curve.size(); point++) {
            ledger.applyUntil(curve.time(point).toEpochMilli());
            if (ledger.positions.values().stream().anyMatch(position -> position != 0)) {
                invested++;
            }
        }
        assertThat(PerformanceMetrics.of(result).exposure()).as("seed %d", seed)
                .isEqualTo((double) invested / curve.size());
    }

    /** Positions, realised P&L and fees from the fills up to a time, with first-in-first-out lots per symbol. */
    private static final class Ledger {
        private final List<Fill> fills;
        private final Map<Symbol, Deque<double[]>> lots = new HashMap<>();
        private final Map<Symbol, Long> positions = new HashMap<>();
        private int next;
        private double realised;
        private double fees;

        Ledger(List<Fill> fills) {
            this.fills = fills;
        }

        void applyUntil(long epochMillis) {
            while (next < fills.size() && fills.get(next).time().toEpochMilli() <= epochMillis) {
                apply(fills.get(next++));
            }
        }

        private void apply(Fill fill) {
            fees += fill.commission();
            positions.merge(fill.symbol(), fill.signedQuantity(), Long::sum);
            Deque<double[]> open = lots.computeIfAbsent(fill.symbol(), symbol -> new ArrayDeque<>());
            double left = fill.signedQuantity();
            while (left != 0 && !open.isEmpty() && Math.signum(open.peekFirst()[0]) != Math.signum(left)) {
                double[] lot = open.peekFirst();
                double matched = Math.min(Math.abs(left), Math.abs(lot[0])) * Math.signum(lot[0]);
                realised += matched * (fill.price() - lot[1]);
                lot[0] -= matched;
                left += matched;
                if (lot[0] == 0) {
                    open.removeFirst();
                }
            }
            if (left != 0) {
                open.addLast(new double[] {left, fill.price()});
            }
        }

        double unrealised(Map<Symbol, Double> marks) {
            double sum = 0;
            for (Map.Entry<Symbol, Deque<double[]>> entry : lots.entrySet()) {
                for (double[] lot : entry.getValue()) {
                    sum += lot[0] * (marks.get(entry.getKey()) - lot[1]);
                }
            }
            return sum;
        }
    }
}
