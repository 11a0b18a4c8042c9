-- Trading: strategy assignments, the kill switch, the decision journal and the paper broker's account.
-- Runs unchanged on MySQL 8, MariaDB 10.11+ and H2 (MODE=MySQL). Instants are epoch milliseconds (BIGINT).

-- Which strategy trades which watchlist symbol in which bar size, and the last bar it has seen.
CREATE TABLE strategy_assignments (
    symbol       VARCHAR(12)  NOT NULL,
    timeframe    VARCHAR(8)   NOT NULL,
    strategy     VARCHAR(64)  NOT NULL,
    parameters   VARCHAR(500) NOT NULL,
    assigned_ms  BIGINT       NOT NULL,
    last_bar_ms  BIGINT,
    PRIMARY KEY (symbol, timeframe)
);

-- The kill switch (one row) and the lease of the process running the decision loop.
CREATE TABLE trading_state (
    id             INT          NOT NULL PRIMARY KEY,
    halted         BOOLEAN      NOT NULL,
    reason         VARCHAR(500) NOT NULL,
    changed_ms     BIGINT       NOT NULL,
    loop_owner     VARCHAR(128),
    loop_until_ms  BIGINT
);
INSERT INTO trading_state (id, halted, reason, changed_ms) VALUES (1, FALSE, '', 0);

-- Every decision a strategy made, with the risk outcome; client_key identifies the order it asked for.
CREATE TABLE decisions (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_key    VARCHAR(64)   NOT NULL,
    decided_ms    BIGINT        NOT NULL,
    broker        VARCHAR(16)   NOT NULL,
    symbol        VARCHAR(12)   NOT NULL,
    timeframe     VARCHAR(8)    NOT NULL,
    strategy      VARCHAR(255)  NOT NULL,
    side          VARCHAR(4)    NOT NULL,
    quantity      BIGINT        NOT NULL,
    order_type    VARCHAR(8)    NOT NULL,
    price         DOUBLE,
    oco_group     VARCHAR(64),
    bar_start_ms  BIGINT        NOT NULL,
    bar_close     DOUBLE        NOT NULL,
    reason        VARCHAR(1000) NOT NULL,
    indicators    VARCHAR(1000) NOT NULL,
    CONSTRAINT decisions_client_key UNIQUE (client_key)
);
CREATE INDEX decisions_by_symbol ON decisions (symbol, decided_ms);

CREATE TABLE risk_outcomes (
    decision_id  BIGINT        NOT NULL PRIMARY KEY,
    accepted     BOOLEAN       NOT NULL,
    rule         VARCHAR(64)   NOT NULL,
    detail       VARCHAR(500)  NOT NULL,
    halted       BOOLEAN       NOT NULL
);

-- Orders as sent: the row is written (PENDING_SEND) before the broker is called, then gets the broker's id.
CREATE TABLE trade_orders (
    client_key       VARCHAR(64)  NOT NULL PRIMARY KEY,
    decision_id      BIGINT       NOT NULL,
    broker           VARCHAR(16)  NOT NULL,
    broker_order_id  VARCHAR(64),
    symbol           VARCHAR(12)  NOT NULL,
    side             VARCHAR(4)   NOT NULL,
    quantity         BIGINT       NOT NULL,
    order_type       VARCHAR(8)   NOT NULL,
    price            DOUBLE,
    oco_group        VARCHAR(64),
    status           VARCHAR(16)  NOT NULL,
    filled_quantity  BIGINT       NOT NULL,
    average_price    DOUBLE,
    detail           VARCHAR(500) NOT NULL,
    created_ms       BIGINT       NOT NULL,
    updated_ms       BIGINT       NOT NULL
);
CREATE INDEX trade_orders_by_status ON trade_orders (broker, status);
CREATE INDEX trade_orders_by_time ON trade_orders (broker, created_ms);

CREATE TABLE trade_fills (
    broker           VARCHAR(16)  NOT NULL,
    fill_id          VARCHAR(64)  NOT NULL,
    broker_order_id  VARCHAR(64)  NOT NULL,
    client_key       VARCHAR(64),
    symbol           VARCHAR(12)  NOT NULL,
    side             VARCHAR(4)   NOT NULL,
    quantity         BIGINT       NOT NULL,
    price            DOUBLE       NOT NULL,
    commission       DOUBLE       NOT NULL,
    filled_ms        BIGINT       NOT NULL,
    PRIMARY KEY (broker, fill_id)
);

-- The account's cash and equity after each decision-loop run: the day's starting equity comes from here.
CREATE TABLE account_snapshots (
    broker   VARCHAR(16) NOT NULL,
    time_ms  BIGINT      NOT NULL,
    cash     DOUBLE      NOT NULL,
    equity   DOUBLE      NOT NULL,
    PRIMARY KEY (broker, time_ms)
);

-- The paper broker: its cash, positions, orders and fills, so that a restart continues where it was.
CREATE TABLE paper_account (
    id            INT     NOT NULL PRIMARY KEY,
    cash          DOUBLE  NOT NULL,
    initial_cash  DOUBLE  NOT NULL,
    created_ms    BIGINT  NOT NULL
);

CREATE TABLE paper_positions (
    symbol         VARCHAR(12) NOT NULL PRIMARY KEY,
    quantity       BIGINT      NOT NULL,
    average_price  DOUBLE      NOT NULL,
    mark           DOUBLE      NOT NULL,
    mark_ms        BIGINT      NOT NULL
);

CREATE TABLE paper_orders (
    order_id         VARCHAR(32)  NOT NULL PRIMARY KEY,
    client_key       VARCHAR(64)  NOT NULL,
    symbol           VARCHAR(12)  NOT NULL,
    timeframe        VARCHAR(8)   NOT NULL,
    side             VARCHAR(4)   NOT NULL,
    quantity         BIGINT       NOT NULL,
    order_type       VARCHAR(8)   NOT NULL,
    price            DOUBLE,
    oco_group        VARCHAR(64),
    signal_bar_ms    BIGINT       NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    filled_quantity  BIGINT       NOT NULL,
    average_price    DOUBLE,
    detail           VARCHAR(255) NOT NULL,
    entered_ms       BIGINT       NOT NULL,
    updated_ms       BIGINT       NOT NULL,
    CONSTRAINT paper_orders_client_key UNIQUE (client_key)
);
CREATE INDEX paper_orders_by_status ON paper_orders (status, symbol);

CREATE TABLE paper_fills (
    fill_id       VARCHAR(40) NOT NULL PRIMARY KEY,
    order_id      VARCHAR(32) NOT NULL,
    symbol        VARCHAR(12) NOT NULL,
    side          VARCHAR(4)  NOT NULL,
    quantity      BIGINT      NOT NULL,
    price         DOUBLE      NOT NULL,
    commission    DOUBLE      NOT NULL,
    bar_start_ms  BIGINT      NOT NULL,
    filled_ms     BIGINT      NOT NULL
);
CREATE INDEX paper_fills_by_time ON paper_fills (filled_ms);
