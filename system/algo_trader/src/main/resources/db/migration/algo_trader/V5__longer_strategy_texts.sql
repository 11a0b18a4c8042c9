-- A rule strategy's identity holds its expressions: room for two of up to 500 characters and the other parameters.
ALTER TABLE decisions MODIFY COLUMN strategy VARCHAR(1500) NOT NULL;
ALTER TABLE strategy_assignments MODIFY COLUMN parameters VARCHAR(1500) NOT NULL;
ALTER TABLE backtest_runs MODIFY COLUMN parameters VARCHAR(1500) NOT NULL;
