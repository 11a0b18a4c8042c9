package dev.artificer.system.algotrader.csvimport;

import dev.artificer.component.market.Bar;

/** Receives the rows of a CSV file of bars in file order: each one either a bar or a problem. */
interface RowVisitor {

    /**
     * A good row.
     *
     * @param bar the bar it describes
     */
    void bar(Bar bar);

    /**
     * A bad row.
     *
     * @param problem its line and what is wrong
     */
    void problem(RowProblem problem);
}
