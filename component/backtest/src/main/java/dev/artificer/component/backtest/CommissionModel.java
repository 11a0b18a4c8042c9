package dev.artificer.component.backtest;

/** What a broker charges for one fill; serializable, so a search can ship its settings to a cluster. */
@FunctionalInterface
public interface CommissionModel extends java.io.Serializable {

    /**
     * The commission of one fill.
     *
     * @param quantity shares filled, positive
     * @param price    fill price
     * @return dollars charged, never negative
     */
    double commission(long quantity, double price);

    /**
     * No commission.
     *
     * @return the model
     */
    static CommissionModel none() {
        return (quantity, price) -> 0;
    }

    /**
     * A rate per share with a minimum per order, e.g. 0.005 per share, at least 1.00.
     *
     * @param perShare dollars per share
     * @param minimum  dollars at least
     * @return the model
     */
    static CommissionModel perShare(double perShare, double minimum) {
        return (quantity, price) -> Math.max(minimum, perShare * quantity);
    }

    /**
     * A fixed fee per order.
     *
     * @param fee dollars per order
     * @return the model
     */
    static CommissionModel perOrder(double fee) {
        return (quantity, price) -> fee;
    }

    /**
     * A percentage of the traded value.
     *
     * @param percent e.g. 0.1 for 0.1 %
     * @return the model
     */
    static CommissionModel percentage(double percent) {
        return (quantity, price) -> quantity * price * percent / 100;
    }
}
