-- Backtest runs: what ran (strategy, parameters, data range, costs), its metrics and its trades. Runs unchanged on
-- MySQL 8, MariaDB 10.11+ and H2 (MODE=MySQL). Instants are epoch milliseconds. A metric that is not a finite number
-- (a profit factor with no losing trade is Infinity; a Sharpe ratio without trades is NaN) has a NULL amount and its
-- name in non_finite, since DOUBLE columns cannot hold them.

CREATE TABLE backtest_runs (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    created_ms   BIGINT        NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    strategy     VARCHAR(64)   NOT NULL,
    parameters   VARCHAR(1024) NOT NULL,
    symbols      VARCHAR(1024) NOT NULL,
    timeframe    VARCHAR(8)    NOT NULL,
    from_ms      BIGINT        NOT NULL,
    to_ms        BIGINT        NOT NULL,
    bars         BIGINT        NOT NULL,
    initial_cash DOUBLE        NOT NULL,
    final_equity DOUBLE        NOT NULL,
    settings     VARCHAR(1024) NOT NULL,
    report_path  VARCHAR(1024)
);
CREATE INDEX backtest_runs_by_time ON backtest_runs (created_ms);

CREATE TABLE backtest_metrics (
    run_id     BIGINT      NOT NULL,
    name       VARCHAR(32) NOT NULL,
    amount     DOUBLE,
    non_finite VARCHAR(9),
    PRIMARY KEY (run_id, name),
    CONSTRAINT backtest_metrics_run FOREIGN KEY (run_id) REFERENCES backtest_runs (id) ON DELETE CASCADE
);

CREATE TABLE backtest_trades (
    run_id      BIGINT      NOT NULL,
    seq         INT         NOT NULL,
    symbol      VARCHAR(12) NOT NULL,
    direction   VARCHAR(5)  NOT NULL,
    entry_ms    BIGINT      NOT NULL,
    entry_price DOUBLE      NOT NULL,
    exit_ms     BIGINT      NOT NULL,
    exit_price  DOUBLE      NOT NULL,
    quantity    BIGINT      NOT NULL,
    commission  DOUBLE      NOT NULL,
    pnl         DOUBLE      NOT NULL,
    PRIMARY KEY (run_id, seq),
    CONSTRAINT backtest_trades_run FOREIGN KEY (run_id) REFERENCES backtest_runs (id) ON DELETE CASCADE
);
