package dev.artificer.infrastructure.schwab.stream.bench;

import dev.artificer.infrastructure.schwab.stream.CandleRejection;
import dev.artificer.infrastructure.schwab.stream.ChartCandle;
import dev.artificer.infrastructure.schwab.stream.ChartEquityLayout;
import dev.artificer.infrastructure.schwab.stream.FrameHandler;
import dev.artificer.infrastructure.schwab.stream.FrameParser;
import dev.artificer.infrastructure.schwab.stream.LevelOneQuote;
import dev.artificer.infrastructure.schwab.stream.StreamerResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.async.ByteArrayFeeder;
import tools.jackson.core.json.JsonFactory;

/**
 * One LEVELONE_EQUITIES frame to one parsed, merged {@link LevelOneQuote} per invocation, single thread; scores
 * are frames per second. {@code streaming} is the client's path: the frame as the connection hands it over (a
 * {@code StringBuilder}) into {@link FrameParser}. {@code tree} reads the same frames with Jackson's tree model,
 * as the module's REST parsers do. {@code tokensOnly} is the floor: the same long-lived Jackson non-blocking parser
 * as the client's, fed the frame's UTF-8 bytes (encoded before the trial), walking every token and building nothing.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class FrameBenchmark {

    private static final JsonFactory JSON = new JsonFactory();

    private byte[][] utf8;
    private JsonParser floor;
    private ByteArrayFeeder floorFeeder;

    private String[] frames;
    private StringBuilder[] received;
    private FrameParser parser;
    private TreeFrameReader tree;
    private Sink sink;
    private int next;

    /** Receives the events into JMH's blackhole. */
    private static final class Sink implements FrameHandler {
        private final Blackhole blackhole;

        private Sink(Blackhole blackhole) {
            this.blackhole = blackhole;
        }

        @Override
        public void quote(LevelOneQuote quote) {
            blackhole.consume(quote);
        }

        @Override
        public void candle(ChartCandle candle) {
            blackhole.consume(candle);
        }

        @Override
        public void candleRejected(CandleRejection rejection) {
            blackhole.consume(rejection);
        }

        @Override
        public void response(StreamerResponse response) {
            blackhole.consume(response);
        }

        @Override
        public void heartbeat() {
            blackhole.consume(1);
        }
    }

    /**
     * Makes the frames and the readers.
     *
     * @param blackhole JMH's sink
     */
    @Setup
    public void setUp(Blackhole blackhole) {
        frames = Frames.levelOne();
        received = new StringBuilder[frames.length];
        for (int i = 0; i < frames.length; i++) {
            received[i] = new StringBuilder(frames[i]);
        }
        utf8 = new byte[frames.length][];
        for (int i = 0; i < frames.length; i++) {
            utf8[i] = frames[i].getBytes(StandardCharsets.UTF_8);
        }
        floor = JSON.createNonBlockingByteArrayParser(ObjectReadContext.empty());
        floorFeeder = (ByteArrayFeeder) floor.nonBlockingInputFeeder();
        parser = new FrameParser(ChartEquityLayout.OBSERVED);
        tree = new TreeFrameReader();
        sink = new Sink(blackhole);
    }

    /** The client's parser, on the frame as the connection hands it over. */
    @Benchmark
    public void streaming() {
        parser.parse(received[next()], sink);
    }

    /** The reference: Jackson's tree model and the same merge. */
    @Benchmark
    public void tree() {
        tree.read(frames[next()], sink);
    }

    /**
     * The floor: every token of the frame, nothing built.
     *
     * @return the number of tokens, so that nothing is optimized away
     */
    @Benchmark
    public int tokensOnly() {
        byte[] frame = utf8[next()];
        floorFeeder.feedInput(frame, 0, frame.length);
        int tokens = 0;
        for (JsonToken token = floor.nextToken(); token != JsonToken.NOT_AVAILABLE; token = floor.nextToken()) {
            tokens += floor.currentTokenId();
        }
        return tokens;
    }

    private int next() {
        int at = next;
        next = (at + 1) & (Frames.COUNT - 1);
        return at;
    }
}
