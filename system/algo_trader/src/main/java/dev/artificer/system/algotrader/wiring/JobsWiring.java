package dev.artificer.system.algotrader.wiring;

import io.micrometer.core.instrument.MeterRegistry;
import dev.artificer.system.algotrader.config.JobsProperties;
import dev.artificer.system.algotrader.jobs.IngestBarsJob;
import dev.artificer.system.algotrader.jobs.IngestCompaniesJob;
import dev.artificer.system.algotrader.jobs.JobRunner;
import dev.artificer.system.algotrader.jobs.JobSchedule;
import dev.artificer.system.algotrader.jobs.JobScheduler;
import dev.artificer.system.algotrader.jobs.MarketHours;
import dev.artificer.system.algotrader.jobs.ScheduledJob;
import dev.artificer.system.algotrader.marketdata.BarIngestion;
import dev.artificer.system.algotrader.marketdata.CompanyIngestion;
import dev.artificer.system.algotrader.marketdata.Watchlist;
import dev.artificer.component.market.Timeframe;
import dev.artificer.system.algotrader.trading.TradeJob;
import dev.artificer.system.algotrader.trading.TradingLoop;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The scheduled jobs and their schedules from configuration. Lazy: nothing is built until a command asks. */
@Configuration(proxyBeanMethods = false)
@Lazy
public class JobsWiring {

    /** The timeframes the scheduled ingestion keeps current. */
    public static final List<Timeframe> TIMEFRAMES = List.of(Timeframe.ONE_MINUTE, Timeframe.FIVE_MINUTES,
            Timeframe.FIFTEEN_MINUTES, Timeframe.THIRTY_MINUTES, Timeframe.DAILY, Timeframe.WEEKLY);

    /**
     * Every job with its schedule.
     *
     * @param jobs      the configured periods
     * @param bars      the price-history ingestion
     * @param companies the company ingestion
     * @param watchlist the symbols
     * @param trading   the decision loop, built when the trade job first runs
     * @return the jobs
     */
    @Bean
    public List<ScheduledJob> scheduledJobs(JobsProperties jobs, BarIngestion bars, CompanyIngestion companies,
                                            Watchlist watchlist, ObjectProvider<TradingLoop> trading) {
        return List.of(
                new ScheduledJob(new IngestBarsJob(bars, watchlist, TIMEFRAMES), new JobSchedule(jobs.ingestBarsEvery(), true)),
                new ScheduledJob(new IngestCompaniesJob(companies, watchlist),
                        new JobSchedule(jobs.ingestCompaniesEvery(), false)),
                new ScheduledJob(new TradeJob(trading::getObject), new JobSchedule(jobs.tradeEvery(), true)));
    }

    /**
     * The scheduler of the service; closing the application context lets running jobs finish first.
     *
     * @param jobs   the jobs
     * @param runner runs one job once
     * @return the scheduler, not yet started
     */
    @Bean(destroyMethod = "close")
    public JobScheduler jobScheduler(List<ScheduledJob> jobs, JobRunner runner) {
        return new JobScheduler(jobs, runner, Duration.ofMinutes(2));
    }

    /**
     * Runs one job once, safely.
     *
     * @param clock  the time
     * @param meters the meter registry
     * @return the runner
     */
    @Bean
    public JobRunner jobRunner(Clock clock, MeterRegistry meters) {
        return new JobRunner(new MarketHours(Duration.ofMinutes(30)), clock, meters);
    }
}
