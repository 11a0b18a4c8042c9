package dev.artificer.infrastructure.schwab.stream.bench;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Seeded LEVELONE_EQUITIES data frames shaped like Schwab's: one item per frame with the key, {@code delayed},
 * the asset types and the CUSIP, then the fields that changed (bid and ask with their sizes in most updates, a
 * trade with last, last size, volume and trade time in some), as the streamer sends them after the first snapshot.
 */
final class Frames {

    /** How many different frames the benchmark cycles through. */
    static final int COUNT = 4096;

    private static final String[] SYMBOLS = {"AAPL", "MSFT", "NVDA", "AMZN", "GOOGL", "META", "TSLA", "AVGO",
        "BRK.B", "JPM", "LLY", "V", "UNH", "XOM", "MA", "JNJ", "PG", "HD", "COST", "SPY"};

    private Frames() {
    }

    static String[] levelOne() {
        SplittableRandom random = new SplittableRandom(20_261_203L);
        String[] frames = new String[COUNT];
        long time = 1_764_772_200_000L;
        long volume = 1_000_000;
        for (int i = 0; i < COUNT; i++) {
            String symbol = SYMBOLS[random.nextInt(SYMBOLS.length)];
            double mid = 100 + random.nextInt(40_000) / 100.0;
            time += random.nextInt(1, 40);
            StringBuilder item = new StringBuilder(String.format(Locale.ROOT,
                    "{\"key\":\"%s\",\"delayed\":false,\"assetMainType\":\"EQUITY\",\"assetSubType\":\"COE\","
                            + "\"cusip\":\"037833100\"", symbol));
            if (i % 8 == 0) {
                volume += random.nextInt(100, 5_000);
                item.append(String.format(Locale.ROOT, ",\"1\":%.2f,\"2\":%.2f,\"3\":%.2f,\"4\":%d,\"5\":%d,"
                                + "\"8\":%d,\"9\":%d,\"34\":%d,\"35\":%d", mid - 0.01, mid + 0.01, mid,
                        random.nextInt(1, 20), random.nextInt(1, 20), volume, random.nextInt(1, 500), time, time));
            } else if (i % 3 == 0) {
                volume += random.nextInt(100, 5_000);
                item.append(String.format(Locale.ROOT, ",\"3\":%.2f,\"8\":%d,\"9\":%d,\"35\":%d", mid, volume,
                        random.nextInt(1, 500), time));
            } else {
                item.append(String.format(Locale.ROOT, ",\"1\":%.2f,\"2\":%.2f,\"4\":%d,\"5\":%d,\"34\":%d",
                        mid - 0.01, mid + 0.01, random.nextInt(1, 20), random.nextInt(1, 20), time));
            }
            item.append('}');
            frames[i] = "{\"data\":[{\"service\":\"LEVELONE_EQUITIES\",\"timestamp\":" + (time + 3)
                    + ",\"command\":\"SUBS\",\"content\":[" + item + "]}]}";
        }
        return frames;
    }
}
