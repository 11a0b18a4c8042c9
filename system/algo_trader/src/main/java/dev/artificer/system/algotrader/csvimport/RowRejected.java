package dev.artificer.system.algotrader.csvimport;

/** Raised while reading one row when a value is wrong; carries the reason only (no stack trace: it is not a bug). */
final class RowRejected extends RuntimeException {

    RowRejected(String reason) {
        super(reason, null, false, false);
    }
}
