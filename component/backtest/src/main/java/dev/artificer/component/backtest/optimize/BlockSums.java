package dev.artificer.component.backtest.optimize;

import java.util.List;

/** The sum and the sum of squares of each trial's returns in each block, so a split adds S / 2 numbers. */
record BlockSums(double[][] sums, double[][] squares) {

    static BlockSums of(List<double[]> trials, int partitions, int rows, int skipped) {
        double[][] sums = new double[trials.size()][partitions + 1];
        double[][] squares = new double[trials.size()][partitions + 1];
        for (int trial = 0; trial < trials.size(); trial++) {
            double[] returns = trials.get(trial);
            for (int block = 0; block < partitions; block++) {
                for (int row = skipped + block * rows; row < skipped + (block + 1) * rows; row++) {
                    sums[trial][block] += returns[row];
                    squares[trial][block] += returns[row] * returns[row];
                }
                sums[trial][partitions] += sums[trial][block];
                squares[trial][partitions] += squares[trial][block];
            }
        }
        return new BlockSums(sums, squares);
    }

    int trials() {
        return sums.length;
    }

    double sum(int trial, int block) {
        return sums[trial][block];
    }

    double squares(int trial, int block) {
        return squares[trial][block];
    }

    double totalSum(int trial) {
        return sums[trial][sums[trial].length - 1];
    }

    double totalSquares(int trial) {
        return squares[trial][squares[trial].length - 1];
    }
}
