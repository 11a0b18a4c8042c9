package dev.artificer.infrastructure.schwab.stream;

import dev.artificer.component.market.Symbol;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The symbols the caller wants per service, kept across connections so that every new login subscribes them all
 * again. Not thread-safe (guarded by its {@link SchwabStreamer}).
 */
final class Subscriptions {

    private final Map<StreamService, Set<Symbol>> wanted = new EnumMap<>(StreamService.class);

    /** Adds symbols; returns those that were not wanted yet, in the given order. */
    List<Symbol> add(StreamService service, Collection<Symbol> symbols) {
        Set<Symbol> set = wanted.computeIfAbsent(service, ignored -> new LinkedHashSet<>());
        List<Symbol> added = new ArrayList<>();
        for (Symbol symbol : symbols) {
            if (set.add(symbol)) {
                added.add(symbol);
            }
        }
        return added;
    }

    /** Removes symbols; returns those that were wanted. */
    List<Symbol> remove(StreamService service, Collection<Symbol> symbols) {
        Set<Symbol> set = wanted.getOrDefault(service, Set.of());
        List<Symbol> removed = new ArrayList<>();
        for (Symbol symbol : symbols) {
            if (set.remove(symbol)) {
                removed.add(symbol);
            }
        }
        return removed;
    }

    /** The wanted symbols of one service, in the order they were added. */
    Set<Symbol> of(StreamService service) {
        return Set.copyOf(wanted.getOrDefault(service, Set.of()));
    }

    /** The services with at least one wanted symbol, and their symbols in the order they were added. */
    Map<StreamService, List<Symbol>> all() {
        Map<StreamService, List<Symbol>> all = new EnumMap<>(StreamService.class);
        wanted.forEach((service, symbols) -> {
            if (!symbols.isEmpty()) {
                all.put(service, List.copyOf(symbols));
            }
        });
        return all;
    }
}
