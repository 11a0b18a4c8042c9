-- Where each ingested series' gap-free history starts, so that a backfill from an earlier date fetches only the
-- missing older range. Runs unchanged on MySQL 8, MariaDB 10.11+ and H2 (MODE=MySQL).
-- covered_from_ms: bars are stored without gaps from here to last_start_ms. NULL for a series whose start is not
-- known (its bars live in InfluxDB); ingestion then reads it from the stored bars once.

ALTER TABLE ingestion_state ADD COLUMN covered_from_ms BIGINT NULL;

-- Series stored in the embedded bars table: their coverage starts at their oldest bar.
UPDATE ingestion_state
   SET covered_from_ms = (SELECT MIN(b.start_ms) FROM bars b
                           WHERE b.symbol = ingestion_state.symbol AND b.timeframe = ingestion_state.timeframe);
