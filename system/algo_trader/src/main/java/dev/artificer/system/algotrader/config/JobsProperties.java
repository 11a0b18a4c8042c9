package dev.artificer.system.algotrader.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often each scheduled job runs, as ISO-8601 durations ({@code PT15M}, {@code P1D}).
 *
 * @param ingestBarsEvery      the period of the price-history ingestion (market hours only)
 * @param ingestCompaniesEvery the period of the company information ingestion
 * @param tradeEvery           the period of the decision loop over newly stored bars (market hours only)
 */
@ConfigurationProperties("algo-trader.jobs")
public record JobsProperties(Duration ingestBarsEvery, Duration ingestCompaniesEvery, Duration tradeEvery) {

    /** Validates the periods. */
    public JobsProperties {
        InvalidSettingException.requirePositive(Setting.JOB_INGEST_BARS_EVERY, ingestBarsEvery);
        InvalidSettingException.requirePositive(Setting.JOB_INGEST_COMPANIES_EVERY, ingestCompaniesEvery);
        InvalidSettingException.requirePositive(Setting.JOB_TRADE_EVERY, tradeEvery);
    }
}
