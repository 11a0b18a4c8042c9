package dev.artificer.infrastructure.schwab.trader;

import dev.artificer.infrastructure.schwab.error.MalformedResponseException;
import dev.artificer.infrastructure.schwab.json.JsonBody;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code GET /accounts/accountNumbers} ({@code [{accountNumber, hashValue}]}) and
 * {@code GET /accounts/{hash}} ({@code {securitiesAccount:{type, accountNumber, positions, currentBalances, …},
 * aggregatedBalance:{…}}}).
 */
final class AccountParser {

    private static final String NUMBERS = "account numbers";
    private static final String ACCOUNT = "account";

    private AccountParser() {
    }

    static List<LinkedAccount> accountNumbers(String body) {
        JsonNode root = JsonBody.read(body, NUMBERS);
        if (!root.isArray()) {
            throw new MalformedResponseException(NUMBERS + ": expected a JSON array in Schwab's answer");
        }
        List<LinkedAccount> accounts = new ArrayList<>();
        for (JsonNode entry : root) {
            accounts.add(new LinkedAccount(JsonBody.requiredText(entry, "accountNumber", NUMBERS),
                    new AccountHash(JsonBody.requiredText(entry, "hashValue", NUMBERS))));
        }
        return List.copyOf(accounts);
    }

    static Account account(String body) {
        JsonNode root = JsonBody.object(JsonBody.read(body, ACCOUNT), ACCOUNT);
        JsonNode account = JsonBody.object(root.path("securitiesAccount"), ACCOUNT);
        List<Position> positions = new ArrayList<>();
        for (JsonNode position : account.path("positions")) {
            positions.add(position(position));
        }
        return new Account(JsonBody.requiredText(account, "accountNumber", ACCOUNT),
                JsonBody.requiredText(account, "type", ACCOUNT), positions,
                balances(List.of(account.path("currentBalances"), root.path("aggregatedBalance"),
                        account.path("initialBalances"))));
    }

    private static Position position(JsonNode position) {
        JsonNode instrument = position.path("instrument");
        Double longQuantity = JsonBody.optionalDouble(position, "longQuantity");
        Double shortQuantity = JsonBody.optionalDouble(position, "shortQuantity");
        return new Position(JsonBody.requiredText(instrument, "symbol", ACCOUNT),
                JsonBody.requiredText(instrument, "assetType", ACCOUNT),
                longQuantity == null ? 0 : longQuantity, shortQuantity == null ? 0 : shortQuantity,
                JsonBody.requiredDouble(position, "averagePrice", ACCOUNT),
                JsonBody.requiredDouble(position, "marketValue", ACCOUNT));
    }

    private static Balances balances(List<JsonNode> blocks) {
        return new Balances(first(blocks, "cash", "cashBalance", "totalCash"),
                first(blocks, "liquidation value", "liquidationValue"),
                first(blocks, "buying power", "buyingPower", "cashAvailableForTrading"));
    }

    private static double first(List<JsonNode> blocks, String balance, String... fields) {
        for (JsonNode block : blocks) {
            for (String field : fields) {
                Double value = JsonBody.optionalDouble(block, field);
                if (value != null) {
                    return value;
                }
            }
        }
        throw new MalformedResponseException(ACCOUNT + ": the balances lack the " + balance + " ("
                + String.join(" or ", fields) + ")");
    }
}
