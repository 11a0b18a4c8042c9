package dev.artificer.system.algotrader.marketdata;

import dev.artificer.component.market.CompanyProfile;
import dev.artificer.component.market.Fundamentals;
import dev.artificer.component.market.Symbol;
import java.util.Optional;

/** Company profiles and fundamentals snapshots in the relational database. */
public interface CompanyRepository {

    /**
     * Stores or replaces a profile.
     *
     * @param profile the profile
     * @param source  where it came from
     */
    void saveProfile(CompanyProfile profile, String source);

    /**
     * Stores a fundamentals snapshot unless its figures equal the latest stored one.
     *
     * @param fundamentals the snapshot
     * @return true when a new snapshot was stored
     */
    boolean saveFundamentalsIfChanged(Fundamentals fundamentals);

    /**
     * The stored profile.
     *
     * @param symbol the symbol
     * @return the profile, or empty
     */
    Optional<CompanyProfile> profile(Symbol symbol);

    /**
     * The newest fundamentals snapshot.
     *
     * @param symbol the symbol
     * @return the snapshot, or empty
     */
    Optional<Fundamentals> latestFundamentals(Symbol symbol);
}
