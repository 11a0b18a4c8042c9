package dev.artificer.system.algotrader.adapters.schwab;

import dev.artificer.infrastructure.schwab.trader.LinkedAccount;
import dev.artificer.system.algotrader.config.Setting;
import dev.artificer.system.algotrader.trading.broker.BrokerException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Picks the Schwab account live orders go to: the configured plain account number, or the only account linked to the
 * login when none is configured. Account numbers appear in messages with all but their last three digits masked.
 */
public final class SchwabAccountChoice {

    private static final int SHOWN_DIGITS = 3;

    private SchwabAccountChoice() {
    }

    /**
     * Chooses the account.
     *
     * @param linked     the accounts linked to the login
     * @param configured the configured plain account number, or empty
     * @return the chosen account
     * @throws BrokerException when none is linked, the configured one is not linked, or several are linked and none
     *                         is configured
     */
    public static LinkedAccount choose(List<LinkedAccount> linked, String configured) {
        String variable = Setting.SCHWAB_ACCOUNT.variableNames();
        if (linked.isEmpty()) {
            throw new BrokerException("no account is linked to this Schwab login; nothing can be traded live");
        }
        if (configured == null || configured.isBlank()) {
            if (linked.size() == 1) {
                return linked.getFirst();
            }
            throw new BrokerException(variable + " is empty and " + linked.size() + " accounts are linked to this "
                    + "Schwab login (" + listed(linked) + "); set it to the one live orders go to");
        }
        return linked.stream().filter(account -> account.accountNumber().equals(configured.strip())).findFirst()
                .orElseThrow(() -> new BrokerException(variable + " " + masked(configured.strip()) + " is not linked "
                        + "to this Schwab login; linked: " + listed(linked)));
    }

    /**
     * An account number with all but its last three digits masked.
     *
     * @param accountNumber the plain number
     * @return e.g. {@code ****678}
     */
    public static String masked(String accountNumber) {
        if (accountNumber == null || accountNumber.length() <= SHOWN_DIGITS) {
            return "****";
        }
        return "****" + accountNumber.substring(accountNumber.length() - SHOWN_DIGITS);
    }

    private static String listed(List<LinkedAccount> linked) {
        return linked.stream().map(account -> masked(account.accountNumber())).collect(Collectors.joining(", "));
    }
}
