package dev.artificer.system.algotrader.cli;

import dev.artificer.infrastructure.schwab.marketdata.MarketDataClient;
import dev.artificer.system.algotrader.auth.SchwabSession;
import org.springframework.beans.factory.ObjectProvider;

/** Gives commands the Schwab session and market data, or one line saying how to configure them. */
public class SchwabAccess {

    static final String NOT_CONFIGURED = "Schwab API credentials are not configured: set SCHWAB_API_KEY and "
            + "SCHWAB_SECRET (app key and secret from developer.schwab.com) in artificer.env, see "
            + "artificer.env.template. Without them algo-trader uses the simulated market.";

    private final ObjectProvider<SchwabSession> session;
    private final ObjectProvider<MarketDataClient> marketData;

    /**
     * Creates the access point.
     *
     * @param session the session, present only when credentials are configured
     * @param marketData the market data client, present only when credentials are configured
     */
    public SchwabAccess(ObjectProvider<SchwabSession> session, ObjectProvider<MarketDataClient> marketData) {
        this.session = session;
        this.marketData = marketData;
    }

    /**
     * The Schwab session.
     *
     * @return the session
     * @throws IllegalStateException saying how to configure Schwab when it is not
     */
    public SchwabSession session() {
        SchwabSession available = session.getIfAvailable();
        if (available == null) {
            throw new IllegalStateException(NOT_CONFIGURED);
        }
        return available;
    }

    /**
     * The market data client, with a valid access token ensured first.
     *
     * @return the client
     */
    public MarketDataClient marketData() {
        session().accessToken();
        return marketData.getObject();
    }
}
