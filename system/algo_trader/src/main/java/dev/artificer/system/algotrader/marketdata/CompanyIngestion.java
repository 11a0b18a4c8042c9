package dev.artificer.system.algotrader.marketdata;

import dev.artificer.component.market.Symbol;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Collects company profiles and fundamentals for symbols, storing a new snapshot only when a figure changed. */
public final class CompanyIngestion {

    private static final Logger LOG = LoggerFactory.getLogger(CompanyIngestion.class);

    /**
     * What a company run did.
     *
     * @param profiles  profiles stored
     * @param snapshots new fundamentals snapshots stored
     * @param unknown   symbols the source does not know
     */
    public record Report(int profiles, int snapshots, List<Symbol> unknown) {
    }

    private final MarketDataSource source;
    private final CompanyRepository companies;

    /**
     * Creates the ingestion.
     *
     * @param source    where company data comes from
     * @param companies where it goes
     */
    public CompanyIngestion(MarketDataSource source, CompanyRepository companies) {
        this.source = source;
        this.companies = companies;
    }

    /**
     * Collects company data for the symbols.
     *
     * @param symbols the symbols
     * @return what was stored
     */
    public Report collect(List<Symbol> symbols) {
        int profiles = 0;
        int snapshots = 0;
        List<Symbol> unknown = new ArrayList<>();
        for (Symbol symbol : symbols) {
            Optional<CompanyInfo> info = source.company(symbol);
            if (info.isEmpty()) {
                unknown.add(symbol);
                LOG.warn("{} does not know {}; no company data stored", source.name(), symbol);
                continue;
            }
            companies.saveProfile(info.get().profile(), source.name());
            profiles++;
            if (info.get().fundamentals() != null && companies.saveFundamentalsIfChanged(info.get().fundamentals())) {
                snapshots++;
            }
        }
        return new Report(profiles, snapshots, List.copyOf(unknown));
    }
}
