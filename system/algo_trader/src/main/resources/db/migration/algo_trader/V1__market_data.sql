-- Market data and company information. Runs unchanged on MySQL 8, MariaDB 10.11+ and H2 (MODE=MySQL).
-- Instants are stored as epoch milliseconds (BIGINT): exact, time-zone free, and fast to range-scan.

CREATE TABLE watchlist (
    symbol     VARCHAR(12) NOT NULL PRIMARY KEY,
    added_ms   BIGINT      NOT NULL
);

CREATE TABLE companies (
    symbol      VARCHAR(12)  NOT NULL PRIMARY KEY,
    cusip       VARCHAR(12),
    description VARCHAR(255),
    exchange    VARCHAR(32),
    asset_type  VARCHAR(32),
    source      VARCHAR(16)  NOT NULL,
    updated_ms  BIGINT       NOT NULL
);

CREATE TABLE fundamentals (
    id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    symbol             VARCHAR(12) NOT NULL,
    as_of_ms           BIGINT      NOT NULL,
    pe_ratio           DOUBLE,
    peg_ratio          DOUBLE,
    pb_ratio           DOUBLE,
    eps_ttm            DOUBLE,
    dividend_yield     DOUBLE,
    dividend_amount    DOUBLE,
    market_cap         DOUBLE,
    shares_outstanding DOUBLE,
    beta               DOUBLE,
    high_52_week       DOUBLE,
    low_52_week        DOUBLE,
    gross_margin       DOUBLE,
    net_margin         DOUBLE,
    operating_margin   DOUBLE,
    return_on_equity   DOUBLE,
    return_on_assets   DOUBLE,
    fingerprint        VARCHAR(64) NOT NULL
);
CREATE INDEX fundamentals_by_symbol ON fundamentals (symbol, as_of_ms);

CREATE TABLE ingestion_state (
    symbol         VARCHAR(12) NOT NULL,
    timeframe      VARCHAR(8)  NOT NULL,
    last_start_ms  BIGINT      NOT NULL,
    updated_ms     BIGINT      NOT NULL,
    PRIMARY KEY (symbol, timeframe)
);

-- Bars of the embedded BarRepository adapter (InfluxDB holds them when configured).
CREATE TABLE bars (
    symbol    VARCHAR(12) NOT NULL,
    timeframe VARCHAR(8)  NOT NULL,
    start_ms  BIGINT      NOT NULL,
    open      DOUBLE      NOT NULL,
    high      DOUBLE      NOT NULL,
    low       DOUBLE      NOT NULL,
    close     DOUBLE      NOT NULL,
    volume    BIGINT      NOT NULL,
    source    VARCHAR(16) NOT NULL,
    PRIMARY KEY (symbol, timeframe, start_ms)
);
