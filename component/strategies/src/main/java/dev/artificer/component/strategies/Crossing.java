package dev.artificer.component.strategies;

/** Detects one line crossing another: up gives {@link Target#LONG}, down {@link Target#SHORT}. */
final class Crossing {

    private int previousSide;

    /**
     * Compares the lines at the latest bar with the previous bar.
     *
     * @param line      the moving line (the fast average, the MACD line)
     * @param reference the line it crosses (the slow average, the signal line)
     * @return LONG when the line went above the reference, SHORT when it went back to or below it, else KEEP
     */
    Target next(double line, double reference) {
        if (Double.isNaN(line) || Double.isNaN(reference)) {
            previousSide = 0;
            return Target.KEEP;
        }
        int side = line > reference ? 1 : -1;
        Target target = previousSide == 0 || previousSide == side ? Target.KEEP : side > 0 ? Target.LONG : Target.SHORT;
        previousSide = side;
        return target;
    }
}
