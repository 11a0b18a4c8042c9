package dev.artificer.system.algotrader.cli;

import dev.artificer.system.algotrader.config.InvalidSettingException;
import dev.artificer.system.algotrader.userstrategy.StrategyFolderException;
import dev.artificer.infrastructure.schwab.error.AuthorizationCodeExpiredException;
import dev.artificer.infrastructure.schwab.error.ReloginRequiredException;
import dev.artificer.system.algotrader.auth.LoginRequiredException;
import dev.artificer.system.algotrader.trading.broker.LiveTradingRefusedException;

/** Finds the one line a user should read in a failure: our own exception's message, not a framework wrapper's. */
final class UserMessages {

    private UserMessages() {
    }

    /** Bad input or configuration (exit code 2): a usage error, an unusable setting, or live trading not confirmed. */
    static boolean isBadInput(Throwable failure) {
        return isLiveRefusal(failure) || causedBy(failure, UsageException.class)
                || causedBy(failure, StrategyFolderException.class) || causedBy(failure, InvalidSettingException.class);
    }

    /** Live trading was asked for but refused (possibly wrapped by Spring while it built the broker). */
    static boolean isLiveRefusal(Throwable failure) {
        return causedBy(failure, LiveTradingRefusedException.class);
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    static String of(Throwable failure) {
        Throwable own = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ReloginRequiredException relogin) {
                return new LoginRequiredException(relogin.getMessage()).getMessage();
            }
            if (cause instanceof AuthorizationCodeExpiredException expired) {
                return expired.getMessage() + ": run `" + LoginRequiredException.LOGIN_COMMAND + "`";
            }
            if (own == null && cause.getClass().getName().startsWith("dev.artificer.")) {
                own = cause;
            }
        }
        return (own == null ? failure : own).getMessage();
    }
}
