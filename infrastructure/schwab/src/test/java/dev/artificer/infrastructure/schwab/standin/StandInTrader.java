package dev.artificer.infrastructure.schwab.standin;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stand-in's trader API ({@code /trader/v1}): two linked accounts (margin and cash) known only by their hashes
 * in paths, and equity orders kept in memory, shaped like the examples of Schwab's trader specification.
 * Synchronized, since requests arrive on many threads.
 */
final class StandInTrader {

    static final String BASE = "/trader/v1";

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final DateTimeFormatter ANSWER_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter QUERY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSX")
            .withZone(ZoneOffset.UTC);
    private static final Duration MAX_WINDOW = Duration.ofDays(60);
    private static final Set<String> TERMINAL = Set.of("FILLED", "CANCELED", "REJECTED", "EXPIRED", "REPLACED");

    private final String root;
    private final Map<String, Book> books = new LinkedHashMap<>();
    private final Map<Long, Stored> orders = new LinkedHashMap<>();
    private long nextOrderId = 1_004_000_001L;
    private long nextActivityId = 9_000_001L;
    private String nextRejection;

    /** One account's data. */
    private static final class Book {
        private final String number;
        private final String type;
        private final Map<String, ObjectNode> positions = new LinkedHashMap<>();
        private double cash;
        private double liquidationValue;
        private double buyingPower;

        private Book(String number, String type, double cash, double liquidationValue, double buyingPower) {
            this.number = number;
            this.type = type;
            this.cash = cash;
            this.liquidationValue = liquidationValue;
            this.buyingPower = buyingPower;
        }
    }

    /** One order and the account it belongs to. */
    private record Stored(String hash, Instant entered, ObjectNode order) {
    }

    StandInTrader(String root) {
        this.root = root;
        Book margin = new Book(StandInSchwab.ACCOUNT_NUMBER, "MARGIN", 5_000.0, 12_500.0, 20_000.0);
        margin.positions.put("AAPL", position("AAPL", 10, 0, 150.25, 1_684.05));
        margin.positions.put("MSFT", position("MSFT", 0, 5, 410.0, -2_050.0));
        books.put(StandInSchwab.ACCOUNT_HASH, margin);
        books.put(StandInSchwab.CASH_ACCOUNT_HASH, new Book(StandInSchwab.CASH_ACCOUNT_NUMBER, "CASH", 2_500.0, 2_500.0,
                2_400.0));
    }

    synchronized Scripted answer(Recorded request, String body) {
        String[] parts = request.path().substring(BASE.length()).split("/");
        if (parts.length == 3 && parts[1].equals("accounts") && parts[2].equals("accountNumbers")) {
            return accountNumbers();
        }
        if (parts.length == 2 && parts[1].equals("userPreference") && request.method().equals("GET")) {
            return userPreference();
        }
        if (parts.length < 3 || !parts[1].equals("accounts")) {
            return error(404, "Not Found", "no such trader path");
        }
        Book book = books.get(parts[2]);
        if (book == null) {
            return error(400, "Invalid account number", "'" + parts[2] + "' is not an encrypted account id; "
                    + "use the hashValue from /accounts/accountNumbers");
        }
        String method = request.method();
        if (parts.length == 3 && method.equals("GET")) {
            return account(book, "positions".equals(request.query().get("fields")));
        }
        if (parts.length == 4 && parts[3].equals("orders") && method.equals("POST")) {
            return place(parts[2], request, body);
        }
        if (parts.length == 4 && parts[3].equals("orders") && method.equals("GET")) {
            return list(parts[2], request.query());
        }
        if (parts.length == 5 && parts[3].equals("orders")) {
            return existing(parts[2], parts[4], method);
        }
        return error(404, "Not Found", "no such trader path");
    }

    /** Where {@code GET /userPreference} points the streamer; set by {@link StandInSchwab#streamerSocketUrl}. */
    private String streamerSocketUrl = "wss://streamer-api.schwab.com/ws";

    synchronized void streamerSocketUrl(String url) {
        streamerSocketUrl = url;
    }

    /** The live answer's shape: one object, not the array the specification declares (schwab-py issue #33). */
    private Scripted userPreference() {
        ObjectNode answer = JSON.createObjectNode();
        answer.putArray("accounts").addObject().put("accountNumber", StandInSchwab.ACCOUNT_NUMBER)
                .put("primaryAccount", true).put("type", "BROKERAGE").put("nickName", "Individual")
                .put("displayAcctId", "...678").put("autoPositionEffect", false).put("accountColor", "Green");
        answer.putArray("streamerInfo").addObject().put("streamerSocketUrl", streamerSocketUrl)
                .put("schwabClientCustomerId", StandInSchwab.STREAMER_CUSTOMER_ID)
                .put("schwabClientCorrelId", StandInSchwab.STREAMER_CORREL_ID)
                .put("schwabClientChannel", "N9")
                .put("schwabClientFunctionId", "APIAPP");
        answer.putArray("offers").addObject().put("level2Permissions", true).put("mktDataPermission", "NP");
        return new Scripted(200, answer.toString(), Map.of(), Duration.ZERO);
    }

    synchronized void fill(long orderId, double quantity, double price) {
        ObjectNode order = stored(orderId).order();
        double remaining = order.path("remainingQuantity").doubleValue() - quantity;
        if (quantity <= 0 || remaining < 0) {
            throw new IllegalArgumentException("order " + orderId + " cannot fill " + quantity + " more shares");
        }
        String now = ANSWER_TIME.format(Instant.now());
        ObjectNode execution = activities(order).addObject().put("activityType", "EXECUTION")
                .put("activityId", nextActivityId++).put("executionType", "FILL").put("quantity", quantity)
                .put("orderRemainingQuantity", remaining);
        execution.putArray("executionLegs").addObject().put("legId", 1).put("quantity", quantity)
                .put("mismarkedQuantity", 0.0).put("price", price).put("time", now);
        order.put("filledQuantity", order.path("filledQuantity").doubleValue() + quantity)
                .put("remainingQuantity", remaining);
        if (remaining == 0) {
            close(order, "FILLED", now);
        }
    }

    synchronized void reject(long orderId, String reason) {
        ObjectNode order = stored(orderId).order();
        close(order, "REJECTED", ANSWER_TIME.format(Instant.now()));
        order.put("statusDescription", reason);
    }

    synchronized void rejectNextOrder(String message) {
        nextRejection = message;
    }

    synchronized void holdPosition(String symbol, double longQuantity, double shortQuantity, double averagePrice,
                                   double marketValue) {
        Map<String, ObjectNode> positions = books.get(StandInSchwab.ACCOUNT_HASH).positions;
        if (longQuantity == 0 && shortQuantity == 0) {
            positions.remove(symbol);
        } else {
            positions.put(symbol, position(symbol, longQuantity, shortQuantity, averagePrice, marketValue));
        }
    }

    synchronized void balances(double cash, double liquidationValue, double buyingPower) {
        Book book = books.get(StandInSchwab.ACCOUNT_HASH);
        book.cash = cash;
        book.liquidationValue = liquidationValue;
        book.buyingPower = buyingPower;
    }

    synchronized double remaining(long orderId) {
        return stored(orderId).order().path("remainingQuantity").doubleValue();
    }

    synchronized String status(long orderId) {
        return stored(orderId).order().path("status").stringValue();
    }

    private Scripted accountNumbers() {
        ArrayNode numbers = JSON.createArrayNode();
        books.forEach((hash, book) -> numbers.addObject().put("accountNumber", book.number).put("hashValue", hash));
        return Scripted.answer(200, numbers.toString());
    }

    private Scripted account(Book book, boolean withPositions) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode account = root.putObject("securitiesAccount").put("type", book.type)
                .put("accountNumber", book.number).put("roundTrips", 0).put("isDayTrader", false)
                .put("isClosingOnlyRestricted", false).put("pfcbFlag", false);
        if (withPositions) {
            ArrayNode positions = account.putArray("positions");
            book.positions.values().forEach(position -> positions.add(position.deepCopy()));
        }
        if (book.type.equals("MARGIN")) {
            account.putObject("initialBalances").put("cashBalance", book.cash).put("equity", book.liquidationValue)
                    .put("liquidationValue", book.liquidationValue).put("buyingPower", book.buyingPower);
            account.putObject("currentBalances").put("availableFunds", book.buyingPower / 2)
                    .put("buyingPower", book.buyingPower).put("cashBalance", book.cash)
                    .put("equity", book.liquidationValue).put("liquidationValue", book.liquidationValue);
        } else {
            account.putObject("initialBalances").put("cashBalance", book.cash).put("totalCash", book.cash)
                    .put("liquidationValue", book.liquidationValue).put("cashAvailableForTrading", book.buyingPower);
            account.putObject("currentBalances").put("cashAvailableForTrading", book.buyingPower)
                    .put("totalCash", book.cash).put("unsettledCash", 0.0);
        }
        root.putObject("aggregatedBalance").put("currentLiquidationValue", book.liquidationValue)
                .put("liquidationValue", book.liquidationValue);
        return Scripted.answer(200, root.toString());
    }

    private Scripted place(String hash, Recorded request, String body) {
        if (request.contentType() == null || !request.contentType().startsWith("application/json")) {
            return error(400, "Order validation failed", "the order must be sent as application/json");
        }
        if (nextRejection != null) {
            String message = nextRejection;
            nextRejection = null;
            return error(400, message, "order rejected (scripted)");
        }
        JsonNode placed;
        try {
            placed = JSON.readTree(body);
        } catch (JacksonException notJson) {
            return error(400, "Order validation failed", "the body is not JSON");
        }
        String problem = OrderCheck.problem(placed);
        if (problem != null) {
            return error(400, "Order validation failed", problem);
        }
        long orderId = nextOrderId++;
        Instant entered = Instant.now();
        orders.put(orderId, new Stored(hash, entered, stored(placed, orderId, entered, books.get(hash).number)));
        return Scripted.answer(201, "").withHeader("Location", root + BASE + "/accounts/" + hash + "/orders/" + orderId);
    }

    private Scripted existing(String hash, String id, String method) {
        Stored stored = id.chars().allMatch(Character::isDigit) && !id.isEmpty() && id.length() < 19
                ? orders.get(Long.parseLong(id)) : null;
        if (stored == null || !stored.hash().equals(hash)) {
            return error(404, "Order not found", "no order " + id + " in this account");
        }
        if (method.equals("GET")) {
            return Scripted.answer(200, stored.order().toString());
        }
        if (!method.equals("DELETE")) {
            return error(404, "Not Found", "no such trader path");
        }
        if (TERMINAL.contains(stored.order().path("status").stringValue())) {
            return error(400, "Order cannot be canceled", "order " + id + " is "
                    + stored.order().path("status").stringValue());
        }
        close(stored.order(), "CANCELED", ANSWER_TIME.format(Instant.now()));
        return Scripted.answer(200, "");
    }

    private Scripted list(String hash, Map<String, String> query) {
        Instant from;
        Instant to;
        try {
            from = Instant.from(QUERY_TIME.parse(query.getOrDefault("fromEnteredTime", "")));
            to = Instant.from(QUERY_TIME.parse(query.getOrDefault("toEnteredTime", "")));
        } catch (DateTimeParseException unreadable) {
            return error(400, "Invalid request", "fromEnteredTime and toEnteredTime are required as "
                    + "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        }
        if (!from.isBefore(to) || Duration.between(from, to).compareTo(MAX_WINDOW) > 0) {
            return error(400, "Invalid request", "the entered-time window must be at most 60 days");
        }
        String status = query.get("status");
        List<Stored> matching = new ArrayList<>();
        for (Stored stored : orders.values()) {
            if (stored.hash().equals(hash) && !stored.entered().isBefore(from) && !stored.entered().isAfter(to)
                    && (status == null || status.equals(stored.order().path("status").stringValue()))) {
                matching.add(stored);
            }
        }
        matching.sort(Comparator.comparing(Stored::entered).reversed());
        ArrayNode answer = JSON.createArrayNode();
        matching.forEach(stored -> answer.add(stored.order()));
        return Scripted.answer(200, answer.toString());
    }

    private static ObjectNode stored(JsonNode placed, long orderId, Instant entered, String accountNumber) {
        JsonNode leg = placed.path("orderLegCollection").path(0);
        double quantity = leg.path("quantity").asDouble();
        ObjectNode order = JSON.createObjectNode()
                .put("session", placed.path("session").stringValue())
                .put("duration", placed.path("duration").stringValue())
                .put("orderType", placed.path("orderType").stringValue())
                .put("complexOrderStrategyType", "NONE")
                .put("quantity", quantity)
                .put("filledQuantity", 0.0)
                .put("remainingQuantity", quantity)
                .put("requestedDestination", "AUTO")
                .put("destinationLinkName", "AutoRoute");
        if (placed.has("price")) {
            order.put("price", placed.path("price").asDouble());
        }
        ObjectNode storedLeg = order.putArray("orderLegCollection").addObject()
                .put("orderLegType", "EQUITY").put("legId", 1);
        storedLeg.putObject("instrument").put("assetType", "EQUITY").put("cusip", "037833100")
                .put("symbol", leg.path("instrument").path("symbol").stringValue()).put("instrumentId", 1_973_757_747L);
        storedLeg.put("instruction", leg.path("instruction").stringValue()).put("positionEffect", "OPENING")
                .put("quantity", quantity);
        return order.put("orderStrategyType", placed.path("orderStrategyType").stringValue())
                .put("orderId", orderId)
                .put("cancelable", true)
                .put("editable", true)
                .put("status", "WORKING")
                .put("enteredTime", ANSWER_TIME.format(entered))
                .put("accountNumber", Long.parseLong(accountNumber));
    }

    private Stored stored(long orderId) {
        Stored stored = orders.get(orderId);
        if (stored == null) {
            throw new IllegalArgumentException("the stand-in has no order " + orderId);
        }
        return stored;
    }

    private static ArrayNode activities(ObjectNode order) {
        JsonNode existing = order.get("orderActivityCollection");
        return existing instanceof ArrayNode array ? array : order.putArray("orderActivityCollection");
    }

    private static void close(ObjectNode order, String status, String time) {
        order.put("status", status).put("closeTime", time).put("cancelable", false).put("editable", false);
    }

    private static ObjectNode position(String symbol, double longQuantity, double shortQuantity, double averagePrice,
                                       double marketValue) {
        ObjectNode position = JSON.createObjectNode().put("shortQuantity", shortQuantity)
                .put("averagePrice", averagePrice).put("currentDayProfitLoss", 0.0)
                .put("currentDayProfitLossPercentage", 0.0).put("longQuantity", longQuantity)
                .put("settledLongQuantity", longQuantity).put("settledShortQuantity", shortQuantity);
        position.putObject("instrument").put("assetType", "EQUITY").put("cusip", "037833100").put("symbol", symbol)
                .put("netChange", 0.0);
        return position.put("marketValue", marketValue).put("maintenanceRequirement", 0.0)
                .put("averageLongPrice", longQuantity > 0 ? averagePrice : 0.0)
                .put("averageShortPrice", shortQuantity > 0 ? averagePrice : 0.0);
    }

    private static Scripted error(int status, String message, String error) {
        ObjectNode body = JSON.createObjectNode().put("message", message);
        body.putArray("errors").add(error);
        return Scripted.answer(status, body.toString());
    }
}
