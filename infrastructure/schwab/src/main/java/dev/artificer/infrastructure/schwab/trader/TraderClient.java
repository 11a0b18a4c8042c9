package dev.artificer.infrastructure.schwab.trader;

import dev.artificer.infrastructure.schwab.error.InvalidRequestException;
import dev.artificer.infrastructure.schwab.error.MalformedResponseException;
import dev.artificer.infrastructure.schwab.error.OrderRejectedException;
import dev.artificer.infrastructure.schwab.error.RateLimitedException;
import dev.artificer.infrastructure.schwab.error.ReloginRequiredException;
import dev.artificer.infrastructure.schwab.error.SchwabServerException;
import dev.artificer.infrastructure.schwab.error.SchwabTransportException;
import dev.artificer.infrastructure.schwab.http.SchwabApiTransport;
import dev.artificer.infrastructure.schwab.http.SchwabHttp;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Schwab's trader API for equity trading: account hashes, an account's positions and balances, orders, and the
 * streamer's address from the user preferences.
 * Every path takes the account's {@link AccountHash}, never the plain number. Arguments are validated before
 * any call. Besides the exceptions listed on each method, every method may throw
 * {@link ReloginRequiredException}, {@link RateLimitedException}, {@link SchwabServerException},
 * {@link SchwabTransportException} and {@link MalformedResponseException}.
 *
 * <p>Placing and canceling count against the account's order rate limit (see
 * {@code SchwabHttpSettings.Builder#orderRateLimit}) and are never resent after a 5xx answer, a timeout or a
 * connection failure, since Schwab may have acted on them: after such a failure, list the account's orders to
 * learn what happened. Thread-safe.
 */
public final class TraderClient {

    /** The longest order-list window this client asks for. */
    public static final Duration MAX_ORDER_WINDOW = Duration.ofDays(60);

    private final String baseUrl;
    private final SchwabApiTransport transport;

    /**
     * Creates the client.
     *
     * @param baseUrl   the trader API base URL, e.g. {@code https://api.schwabapi.com/trader/v1}
     * @param transport the authorized, resilient transport; share its {@link SchwabHttp} so the limits hold
     */
    public TraderClient(URI baseUrl, SchwabApiTransport transport) {
        this.baseUrl = baseUrl.toString().replaceAll("/+$", "");
        this.transport = transport;
    }

    /**
     * The accounts linked to the login with their hashes ({@code GET /accounts/accountNumbers}).
     *
     * @return the accounts in Schwab's order
     */
    public List<LinkedAccount> accountNumbers() {
        return AccountParser.accountNumbers(transport.getJson(URI.create(baseUrl + "/accounts/accountNumbers")));
    }

    /**
     * The hash of one linked account, looked up with {@link #accountNumbers()}.
     *
     * @param accountNumber the plain account number
     * @return its hash
     * @throws InvalidRequestException when the account is not linked to the login
     */
    public AccountHash accountHash(String accountNumber) {
        return accountNumbers().stream()
                .filter(account -> account.accountNumber().equals(accountNumber))
                .findFirst()
                .map(LinkedAccount::hash)
                .orElseThrow(() -> new InvalidRequestException("account " + AccountNumbers.masked(accountNumber)
                        + " is not linked to this Schwab login"));
    }

    /**
     * Where and as whom to connect to the streamer ({@code GET /userPreference}, its {@code streamerInfo}).
     *
     * @return the streamer's URL and the login's ids
     */
    public StreamerInfo streamerInfo() {
        return PreferenceParser.streamerInfo(transport.getJson(URI.create(baseUrl + "/userPreference")));
    }

    /**
     * One account with positions and balances ({@code GET /accounts/{hash}?fields=positions}).
     *
     * @param account the account's hash
     * @return the account
     */
    public Account account(AccountHash account) {
        return AccountParser.account(transport.getJson(URI.create(accountUrl(account) + "?fields=positions")));
    }

    /**
     * Places an order ({@code POST /accounts/{hash}/orders}); Schwab answers 201 with the new order's URL in
     * {@code Location}. Accepted is not filled: Schwab may still reject the order later, see
     * {@link OrderReport#statusDescription()}.
     *
     * @param account the account's hash
     * @param order   the order
     * @return Schwab's id of the new order
     * @throws OrderRejectedException     when Schwab refuses the order, with its message
     * @throws MalformedResponseException when Schwab accepted the order but its id cannot be read
     */
    public long placeOrder(AccountHash account, EquityOrder order) {
        if (account == null || order == null) {
            throw new InvalidRequestException("placing an order needs an account hash and an order");
        }
        return orderId(transport.sendOrder("POST", URI.create(accountUrl(account) + "/orders"), OrderJson.write(order),
                account.value()));
    }

    /**
     * One order ({@code GET /accounts/{hash}/orders/{id}}).
     *
     * @param account the account's hash
     * @param orderId Schwab's order id
     * @return the order
     * @throws InvalidRequestException when the id is not positive, or Schwab knows no such order
     */
    public OrderReport order(AccountHash account, long orderId) {
        return OrderParser.one(transport.getJson(orderUrl(account, orderId)), "order " + orderId);
    }

    /**
     * Cancels an order ({@code DELETE /accounts/{hash}/orders/{id}}); Schwab answers 200 with an empty body.
     *
     * @param account the account's hash
     * @param orderId Schwab's order id
     * @throws InvalidRequestException when the id is not positive
     * @throws OrderRejectedException  when Schwab refuses, e.g. for an order that is already filled
     */
    public void cancelOrder(AccountHash account, long orderId) {
        transport.sendOrder("DELETE", orderUrl(account, orderId), null, account.value());
    }

    /**
     * The orders entered in a time window, of any status ({@code GET /accounts/{hash}/orders}).
     *
     * @param account the account's hash
     * @param from    the window's start
     * @param to      the window's end, at most {@link #MAX_ORDER_WINDOW} after the start
     * @return the orders as Schwab lists them
     * @throws InvalidRequestException when the window is empty, reversed or longer than 60 days
     */
    public List<OrderReport> orders(AccountHash account, Instant from, Instant to) {
        return orders(account, from, to, null);
    }

    /**
     * The orders entered in a time window with one status ({@code GET /accounts/{hash}/orders?status=…}).
     *
     * @param account the account's hash
     * @param from    the window's start
     * @param to      the window's end, at most {@link #MAX_ORDER_WINDOW} after the start
     * @param status  the status to list, or null for every status
     * @return the orders as Schwab lists them
     * @throws InvalidRequestException when the window is empty, reversed or longer than 60 days
     */
    public List<OrderReport> orders(AccountHash account, Instant from, Instant to, OrderStatus status) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidRequestException("an order window must start before it ends (got " + from + " to " + to
                    + ")");
        }
        if (Duration.between(from, to).compareTo(MAX_ORDER_WINDOW) > 0) {
            throw new InvalidRequestException("orders can be listed for at most " + MAX_ORDER_WINDOW.toDays()
                    + " days at a time (got " + from + " to " + to + ")");
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("fromEnteredTime", TraderTime.query(from));
        query.put("toEnteredTime", TraderTime.query(to));
        if (status != null) {
            query.put("status", status.name());
        }
        String encoded = query.entrySet().stream()
                .map(parameter -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
                .collect(Collectors.joining("&"));
        return OrderParser.list(transport.getJson(URI.create(accountUrl(account) + "/orders?" + encoded)), "orders");
    }

    private String accountUrl(AccountHash account) {
        if (account == null) {
            throw new InvalidRequestException("a trader call needs the account's hash");
        }
        return baseUrl + "/accounts/" + encode(account.value());
    }

    private URI orderUrl(AccountHash account, long orderId) {
        if (orderId < 1) {
            throw new InvalidRequestException("an order id must be positive (got " + orderId + ")");
        }
        return URI.create(accountUrl(account) + "/orders/" + orderId);
    }

    private static long orderId(HttpResponse<String> placed) {
        String what = SchwabHttp.describe(placed.request()) + ": Schwab accepted the order (HTTP "
                + placed.statusCode() + ")";
        String location = placed.headers().firstValue("Location").orElseThrow(() -> new MalformedResponseException(
                what + " but sent no Location header; find the order among the account's orders"));
        String path = location.replaceAll("[?#].*$", "").replaceAll("/+$", "");
        String id = path.substring(path.lastIndexOf('/') + 1);
        if (id.isEmpty() || id.length() > 18 || !id.chars().allMatch(Character::isDigit)) {
            throw new MalformedResponseException(what + " but its Location '" + location
                    + "' does not end in an order id; find the order among the account's orders");
        }
        return Long.parseLong(id);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
