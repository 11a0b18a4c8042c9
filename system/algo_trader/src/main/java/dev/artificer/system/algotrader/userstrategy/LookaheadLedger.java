package dev.artificer.system.algotrader.userstrategy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Which versions of the user's strategies have had their look-ahead check, so that a new or changed strategy is
 * checked the first time it is backtested: one source label a line in a file beside the strategies.
 *
 * @param file the ledger file
 */
public record LookaheadLedger(Path file) {

    /**
     * The ledger of a strategies folder.
     *
     * @param folder the folder
     * @return its ledger, {@code .lookahead-checked} in it
     */
    public static LookaheadLedger of(StrategyFolder folder) {
        return new LookaheadLedger(folder.path().resolve(".lookahead-checked"));
    }

    /**
     * Whether a version was checked.
     *
     * @param source the strategy's source
     * @return true when its label is in the ledger
     */
    public boolean checked(StrategySource source) {
        try {
            return Files.isRegularFile(file) && Files.readAllLines(file, StandardCharsets.UTF_8).contains(source.label());
        } catch (IOException unreadable) {
            return false;
        }
    }

    /**
     * Notes that a version was checked.
     *
     * @param source the strategy's source
     */
    public void record(StrategySource source) {
        try {
            Files.write(file, List.of(source.label()), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot write " + file, failed);
        }
    }
}
