-- How each paper fill was priced: QUOTE (a market order at the live quote's ask or bid), NEXT_OPEN (a market order at
-- the next bar's open) or BAR_RANGE (a stop or limit order inside a bar's range); and the quote's time for QUOTE.
ALTER TABLE paper_fills ADD COLUMN price_basis VARCHAR(12) NOT NULL DEFAULT 'NEXT_OPEN';
ALTER TABLE paper_fills ADD COLUMN quote_ms BIGINT NULL;
UPDATE paper_fills SET price_basis = 'BAR_RANGE'
    WHERE order_id IN (SELECT order_id FROM paper_orders WHERE order_type <> 'MARKET');
