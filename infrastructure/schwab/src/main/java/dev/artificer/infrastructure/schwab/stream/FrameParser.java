package dev.artificer.infrastructure.schwab.stream;

import dev.artificer.component.market.Symbol;
import dev.artificer.infrastructure.schwab.error.MalformedResponseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.async.ByteArrayFeeder;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads streamer frames ({@code {"data":[…]}}, {@code {"response":[…]}}, {@code {"notify":[…]}}) into typed
 * events with one long-lived Jackson non-blocking streaming parser fed each frame's UTF-8 bytes: level-one quotes merged per symbol, candles checked by
 * {@link CandleCheck} and read by the caller's {@link ChartEquityLayout}, responses and heartbeats. Known
 * symbols, numbers and field names cost no allocation, nor does a frame; each event is one record. Not thread-safe: one parser
 * per connection's reader (it keeps the symbols' latest quotes).
 */
public final class FrameParser {

    private static final Logger LOG = LoggerFactory.getLogger(FrameParser.class);
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();
    private static final int HIGHEST_QUOTE_FIELD = 35;
    private static final long PRICE_FIELDS = bit(1) | bit(2) | bit(3);
    private static final long WHOLE_FIELDS = bit(4) | bit(5) | bit(8) | bit(9) | bit(34) | bit(35);
    private static final String LEVELONE = StreamService.LEVELONE_EQUITIES.name();
    private static final String CHART = StreamService.CHART_EQUITY.name();

    private final int[] candleSlots;
    private final SymbolCache symbols = new SymbolCache();
    private final Map<Symbol, LevelOneQuote> quotes = new HashMap<>();
    private final double[] prices = new double[HIGHEST_QUOTE_FIELD + 1];
    private final long[] wholes = new long[HIGHEST_QUOTE_FIELD + 1];
    private final double[] candle = new double[ChartEquityLayout.VALUES];
    private long sentFields;
    private final Utf8Buffer utf8 = new Utf8Buffer();
    private JsonParser json;
    private ByteArrayFeeder feeder;

    /**
     * Creates a parser.
     *
     * @param layout which {@code CHART_EQUITY} field holds which candle value
     */
    public FrameParser(ChartEquityLayout layout) {
        this.candleSlots = layout.slots();
    }

    /**
     * Reads one frame and hands its events to the handler as they are read.
     *
     * @param frame   the frame's text
     * @param handler receives the events
     * @throws MalformedResponseException when the frame is not one JSON object or not a streamer frame; the
     *                                    events read before the fault have been handed over
     */
    public void parse(CharSequence frame, FrameHandler handler) {
        int length = utf8.encode(frame);
        try {
            if (json == null || !feeder.needMoreInput()) {
                restart();
            }
            feeder.feedInput(utf8.bytes(), 0, length);
            if (next(json) != JsonToken.START_OBJECT) {
                throw malformed("it is not a JSON object");
            }
            while (next(json) == JsonToken.PROPERTY_NAME) {
                String section = json.currentName();
                if (next(json) != JsonToken.START_ARRAY) {
                    skip(json);
                } else if ("data".equals(section)) {
                    items(json, handler, Section.DATA);
                } else if ("response".equals(section)) {
                    items(json, handler, Section.RESPONSE);
                } else if ("notify".equals(section)) {
                    items(json, handler, Section.NOTIFY);
                } else {
                    skip(json);
                }
            }
            if (json.nextToken() != JsonToken.NOT_AVAILABLE) {
                throw malformed("more follows its JSON object");
            }
        } catch (JacksonException notJson) {
            json = null;
            throw malformed("it is not valid JSON (" + notJson.getOriginalMessage().lines().findFirst().orElse("")
                    + ")");
        } catch (MalformedResponseException malformed) {
            json = null;
            throw malformed;
        }
    }

    /**
     * A new non-blocking parser: one lives across frames, fed each frame's bytes, so that a frame costs no parser
     * of its own; after a fault it is replaced, since its state is then undefined.
     */
    private void restart() {
        json = JSON.createNonBlockingByteArrayParser(ObjectReadContext.empty());
        feeder = (ByteArrayFeeder) json.nonBlockingInputFeeder();
    }

    private enum Section { DATA, RESPONSE, NOTIFY }

    private void items(JsonParser json, FrameHandler handler, Section section) {
        while (next(json) == JsonToken.START_OBJECT) {
            if (section == Section.DATA) {
                dataItem(json, handler);
            } else {
                responseItem(json, handler);
            }
        }
    }

    private void dataItem(JsonParser json, FrameHandler handler) {
        boolean levelOne = false;
        boolean chart = false;
        long timestamp = 0;
        while (next(json) == JsonToken.PROPERTY_NAME) {
            String name = json.currentName();
            JsonToken value = next(json);
            if ("service".equals(name) && value == JsonToken.VALUE_STRING) {
                levelOne = textIs(json, LEVELONE);
                chart = textIs(json, CHART);
            } else if ("timestamp".equals(name) && value.isNumeric()) {
                timestamp = json.getLongValue();
            } else if ("content".equals(name) && value == JsonToken.START_ARRAY && (levelOne || chart)) {
                while (next(json) == JsonToken.START_OBJECT) {
                    if (levelOne) {
                        quoteItem(json, handler, timestamp);
                    } else {
                        candleItem(json, handler);
                    }
                }
            } else {
                skip(json);
            }
        }
    }

    private void quoteItem(JsonParser json, FrameHandler handler, long timestamp) {
        Symbol symbol = null;
        sentFields = 0;
        while (next(json) == JsonToken.PROPERTY_NAME) {
            String name = json.currentName();
            JsonToken value = next(json);
            int field = fieldNumber(name);
            if ("key".equals(name) && value == JsonToken.VALUE_STRING) {
                symbol = symbol(json);
            } else if (field > 0 && field <= HIGHEST_QUOTE_FIELD && value.isNumeric()) {
                long flag = bit(field);
                if ((PRICE_FIELDS & flag) != 0) {
                    prices[field] = json.getDoubleValue();
                    sentFields |= flag;
                } else if ((WHOLE_FIELDS & flag) != 0) {
                    wholes[field] = json.getLongValue();
                    sentFields |= flag;
                }
            } else {
                skip(json);
            }
        }
        if (symbol == null) {
            LOG.warn("skipped a LEVELONE_EQUITIES item without a valid 'key'");
            return;
        }
        LevelOneQuote before = quotes.get(symbol);
        if (before == null) {
            before = LevelOneQuote.empty(symbol);
        }
        LevelOneQuote quote = new LevelOneQuote(symbol, price(1, before.bid()), price(2, before.ask()),
                price(3, before.last()), whole(4, before.bidSize()), whole(5, before.askSize()),
                whole(8, before.totalVolume()), whole(9, before.lastSize()), whole(34, before.quoteTimeMillis()),
                whole(35, before.tradeTimeMillis()), timestamp);
        quotes.put(symbol, quote);
        handler.quote(quote);
    }

    private void candleItem(JsonParser json, FrameHandler handler) {
        Arrays.fill(candle, Double.NaN);
        Symbol symbol = null;
        String key = null;
        while (next(json) == JsonToken.PROPERTY_NAME) {
            String name = json.currentName();
            JsonToken value = next(json);
            int field = fieldNumber(name);
            if ("key".equals(name) && value == JsonToken.VALUE_STRING) {
                symbol = symbol(json);
                key = symbol == null ? json.getString() : symbol.value();
            } else if (field > 0 && field < candleSlots.length && value.isNumeric()) {
                candle[candleSlots[field]] = json.getDoubleValue();
            } else {
                skip(json);
            }
        }
        String reason = symbol == null ? "it has no valid 'key'" : CandleCheck.reason(candle);
        if (reason != null) {
            handler.candleRejected(new CandleRejection(key, reason));
            return;
        }
        handler.candle(new ChartCandle(symbol, (long) candle[ChartEquityLayout.CHART_TIME],
                candle[ChartEquityLayout.OPEN], candle[ChartEquityLayout.HIGH], candle[ChartEquityLayout.LOW],
                candle[ChartEquityLayout.CLOSE], candle[ChartEquityLayout.VOLUME],
                (long) candle[ChartEquityLayout.SEQUENCE], (long) candle[ChartEquityLayout.CHART_DAY]));
    }

    private void responseItem(JsonParser json, FrameHandler handler) {
        String service = "";
        String command = "";
        String requestId = "";
        int code = -1;
        String message = "";
        boolean heartbeat = false;
        while (next(json) == JsonToken.PROPERTY_NAME) {
            String name = json.currentName();
            JsonToken value = next(json);
            if (value == JsonToken.VALUE_STRING && "service".equals(name)) {
                service = json.getString();
            } else if (value == JsonToken.VALUE_STRING && "command".equals(name)) {
                command = json.getString();
            } else if (value.isScalarValue() && "requestid".equals(name)) {
                requestId = json.getString();
            } else if ("heartbeat".equals(name)) {
                heartbeat = true;
                skip(json);
            } else if ("content".equals(name) && value == JsonToken.START_OBJECT) {
                while (next(json) == JsonToken.PROPERTY_NAME) {
                    String part = json.currentName();
                    JsonToken partValue = next(json);
                    if ("code".equals(part) && partValue == JsonToken.VALUE_NUMBER_INT) {
                        code = json.getIntValue();
                    } else if ("msg".equals(part) && partValue == JsonToken.VALUE_STRING) {
                        message = json.getString();
                    } else {
                        skip(json);
                    }
                }
            } else {
                skip(json);
            }
        }
        if (heartbeat) {
            handler.heartbeat();
        } else if (code >= 0) {
            handler.response(new StreamerResponse(service, command, requestId, code, message));
        } else {
            LOG.warn("skipped a streamer response without a code (service '{}', command '{}')", service, command);
        }
    }

    private Symbol symbol(JsonParser json) {
        try {
            return symbols.lookup(json.getStringCharacters(), json.getStringOffset(), json.getStringLength());
        } catch (IllegalArgumentException notSymbol) {
            LOG.warn("skipped a streamer item: {}", notSymbol.getMessage());
            return null;
        }
    }

    private double price(int field, double before) {
        return (sentFields & bit(field)) != 0 ? prices[field] : before;
    }

    private long whole(int field, long before) {
        return (sentFields & bit(field)) != 0 ? wholes[field] : before;
    }

    /** The next token; the whole frame was fed, so running out of input means it was cut short. */
    private static JsonToken next(JsonParser json) {
        JsonToken token = json.nextToken();
        if (token == null || token == JsonToken.NOT_AVAILABLE) {
            throw malformed("it ends inside its JSON object");
        }
        return token;
    }

    /** Skips the current value's children, failing like {@link #next} when the frame ends among them. */
    private static void skip(JsonParser json) {
        JsonToken current = json.currentToken();
        if (current == JsonToken.START_OBJECT || current == JsonToken.START_ARRAY) {
            int depth = 1;
            while (depth > 0) {
                JsonToken token = next(json);
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    depth++;
                } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    depth--;
                }
            }
        }
    }

    /** A field name made of digits only, e.g. {@code "34"}, as a number; -1 for any other name. */
    private static int fieldNumber(String name) {
        int length = name.length();
        if (length == 0 || length > 3) {
            return -1;
        }
        int number = 0;
        for (int i = 0; i < length; i++) {
            char digit = name.charAt(i);
            if (digit < '0' || digit > '9') {
                return -1;
            }
            number = 10 * number + digit - '0';
        }
        return number;
    }

    private static boolean textIs(JsonParser json, String expected) {
        int length = json.getStringLength();
        if (length != expected.length()) {
            return false;
        }
        char[] chars = json.getStringCharacters();
        int offset = json.getStringOffset();
        for (int i = 0; i < length; i++) {
            if (chars[offset + i] != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static long bit(int field) {
        return 1L << field;
    }

    private static MalformedResponseException malformed(String why) {
        return new MalformedResponseException("streamer frame skipped: " + why);
    }
}
