package dev.artificer.system.algotrader.cli;

import dev.artificer.component.market.CompanyProfile;
import dev.artificer.component.market.Fundamentals;
import dev.artificer.component.market.Symbol;
import dev.artificer.system.algotrader.marketdata.CompanyIngestion;
import dev.artificer.system.algotrader.marketdata.CompanyRepository;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code algo-trader company SYMBOL}: the stored profile and latest fundamentals, fetched first when missing. */
@Command(name = "company", mixinStandardHelpOptions = true,
        description = "Show a company's profile and latest fundamentals (fetched when not stored, or with --refresh).")
public class CompanyCommand implements Callable<Integer> {

    private final ObjectProvider<CompanyIngestion> ingestion;
    private final ObjectProvider<CompanyRepository> companies;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SYMBOL", description = "Ticker symbol, e.g. AAPL.")
    private Symbol ticker;

    @Option(names = "--json", description = "Print the profile and fundamentals as one JSON document.")
    private boolean json;

    @Option(names = "--refresh", description = "Fetch the current figures before showing them.")
    private boolean refresh;

    /**
     * Creates the command.
     *
     * @param ingestion the company ingestion
     * @param companies the stored company data
     */
    public CompanyCommand(ObjectProvider<CompanyIngestion> ingestion, ObjectProvider<CompanyRepository> companies) {
        this.ingestion = ingestion;
        this.companies = companies;
    }

    /**
     * Prints the profile.
     *
     * @return 0, or 1 when the source does not know the symbol
     */
    @Override
    public Integer call() {
        CompanyRepository stored = companies.getObject();
        if (refresh || stored.profile(ticker).isEmpty()) {
            ingestion.getObject().collect(List.of(ticker));
        }
        Optional<CompanyProfile> profile = stored.profile(ticker);
        PrintWriter out = spec.commandLine().getOut();
        if (profile.isEmpty()) {
            spec.commandLine().getErr().println("company: no company data for " + ticker + ": the market data source does "
                    + "not know it");
            return 1;
        }
        CompanyProfile company = profile.get();
        if (json) {
            JsonOutput.print(out, document(company, stored.latestFundamentals(ticker)));
            return 0;
        }
        out.println(company.symbol() + "  " + company.description());
        out.println("Exchange: " + orDash(company.exchange()) + "   Type: " + orDash(company.assetType()) + "   CUSIP: "
                + orDash(company.cusip()));
        stored.latestFundamentals(ticker).ifPresentOrElse(figures -> print(out, figures),
                () -> out.println("No fundamentals stored."));
        return 0;
    }

    private static Map<String, Object> document(CompanyProfile company, Optional<Fundamentals> figures) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("symbol", company.symbol().value());
        fields.put("description", company.description());
        fields.put("exchange", company.exchange());
        fields.put("assetType", company.assetType());
        fields.put("cusip", company.cusip());
        fields.put("fundamentals", figures.map(CompanyCommand::document).orElse(null));
        return fields;
    }

    private static Map<String, Object> document(Fundamentals figures) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("asOf", figures.asOf());
        fields.put("peRatio", figures.peRatio());
        fields.put("pegRatio", figures.pegRatio());
        fields.put("pbRatio", figures.pbRatio());
        fields.put("epsTtm", figures.epsTtm());
        fields.put("dividendYield", figures.dividendYield());
        fields.put("dividendAmount", figures.dividendAmount());
        fields.put("returnOnEquity", figures.returnOnEquity());
        fields.put("returnOnAssets", figures.returnOnAssets());
        fields.put("marketCap", figures.marketCap());
        fields.put("sharesOutstanding", figures.sharesOutstanding());
        fields.put("beta", figures.beta());
        fields.put("high52Week", figures.high52Week());
        fields.put("low52Week", figures.low52Week());
        fields.put("grossMargin", figures.grossMargin());
        fields.put("netMargin", figures.netMargin());
        fields.put("operatingMargin", figures.operatingMargin());
        return fields;
    }

    private static void print(PrintWriter out, Fundamentals figures) {
        out.println("Fundamentals as of " + figures.asOf() + ":");
        Table table = new Table("FIGURE", "VALUE", "FIGURE", "VALUE");
        table.row("P/E", number(figures.peRatio()), "Market cap", number(figures.marketCap()));
        table.row("PEG", number(figures.pegRatio()), "Shares out", number(figures.sharesOutstanding()));
        table.row("P/B", number(figures.pbRatio()), "Beta", number(figures.beta()));
        table.row("EPS (TTM)", number(figures.epsTtm()), "52w high", number(figures.high52Week()));
        table.row("Div yield %", number(figures.dividendYield()), "52w low", number(figures.low52Week()));
        table.row("Div amount", number(figures.dividendAmount()), "Gross margin %", number(figures.grossMargin()));
        table.row("ROE %", number(figures.returnOnEquity()), "Net margin %", number(figures.netMargin()));
        table.row("ROA %", number(figures.returnOnAssets()), "Oper. margin %", number(figures.operatingMargin()));
        table.print(out);
    }

    private static String number(Double value) {
        if (value == null) {
            return "-";
        }
        return Math.abs(value) >= 1e6 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }
}
