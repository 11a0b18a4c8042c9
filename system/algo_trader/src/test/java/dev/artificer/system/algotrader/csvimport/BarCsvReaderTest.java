package dev.artificer.system.algotrader.csvimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading and checking CSV files of bars: layouts, times, and each kind of bad row with its line number. */
class BarCsvReaderTest {

    private static final Symbol AAPL = Symbol.of("AAPL");
    private static final String HEADER = "date,open,high,low,close,volume\n";

    @TempDir
    Path folder;

    private record Rows(List<Bar> bars, List<RowProblem> problems) {
        List<String> messages() {
            return problems.stream().map(RowProblem::toString).toList();
        }
    }

    private Path file(String content) throws IOException {
        return Files.writeString(folder.resolve("bars.csv"), content);
    }

    private Rows read(Timeframe timeframe, String content) throws IOException {
        return read(timeframe, file(content));
    }

    private static Rows read(Timeframe timeframe, Path file) {
        List<Bar> bars = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        new BarCsvReader(file, AAPL, timeframe).read(new RowVisitor() {
            @Override
            public void bar(Bar bar) {
                bars.add(bar);
            }

            @Override
            public void problem(RowProblem problem) {
                problems.add(problem);
            }
        });
        return new Rows(bars, problems);
    }

    private Rows daily(String rows) throws IOException {
        return read(Timeframe.DAILY, HEADER + rows);
    }

    private String failure(String content) throws IOException {
        Path file = file(content);
        return assertThatThrownBy(() -> read(Timeframe.DAILY, file)).isInstanceOf(CsvImportException.class)
                .actual().getMessage();
    }

    // layouts

    @Test
    void commaSeparatedRowsBecomeBarsWithEveryValue() throws IOException {
        Rows rows = daily("2024-01-02,100.5,102.25,99.75,101,1200300\n");

        assertThat(rows.problems()).isEmpty();
        assertThat(rows.bars()).containsExactly(new Bar(AAPL, Timeframe.DAILY, Instant.parse("2024-01-02T05:00:00Z"),
                100.5, 102.25, 99.75, 101, 1_200_300));
    }

    @Test
    void semicolonSeparatedRowsAreRead() throws IOException {
        Rows rows = read(Timeframe.DAILY, "date;open;high;low;close;volume\n2024-01-02;100.5;102;99;101;1200\n");

        assertThat(rows.problems()).isEmpty();
        assertThat(rows.bars()).extracting(Bar::close).containsExactly(101.0);
    }

    @Test
    void semicolonSeparatedRowsMayUseDecimalCommas() throws IOException {
        Rows rows = read(Timeframe.DAILY, "date;open;high;low;close;volume\n2024-01-02;100,5;102,25;99,75;101;1200\n");

        assertThat(rows.bars()).extracting(Bar::open, Bar::high, Bar::low)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(100.5, 102.25, 99.75));
    }

    @Test
    void yahooLayoutIsReadAndAdjCloseIgnored() throws IOException {
        Rows rows = read(Timeframe.DAILY, "Date,Open,High,Low,Close,Adj Close,Volume\n"
                + "2024-01-02,187.15,188.44,183.89,185.64,184.29,82488700\n");

        assertThat(rows.bars()).extracting(Bar::close, Bar::volume)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(185.64, 82_488_700L));
    }

    @Test
    void headerNamesMayComeInAnyCaseAndOrder() throws IOException {
        Rows rows = read(Timeframe.DAILY, "VOLUME,Close,low,HIGH,Open,Timestamp\n1200,101,99,102,100,2024-01-02\n");

        assertThat(rows.bars()).containsExactly(new Bar(AAPL, Timeframe.DAILY, Instant.parse("2024-01-02T05:00:00Z"),
                100, 102, 99, 101, 1200));
    }

    @Test
    void timeColumnMayBeNamedTimeOrDatetime() throws IOException {
        assertThat(read(Timeframe.DAILY, "time,open,high,low,close,volume\n2024-01-02,1,1,1,1,0\n").bars()).hasSize(1);
        assertThat(read(Timeframe.DAILY, "DateTime,open,high,low,close,volume\n2024-01-02,1,1,1,1,0\n").bars()).hasSize(1);
    }

    @Test
    void byteOrderMarkBeforeTheHeaderIsIgnored() throws IOException {
        assertThat(read(Timeframe.DAILY, "\uFEFF" + HEADER + "2024-01-02,1,1,1,1,0\n").bars()).hasSize(1);
    }

    @Test
    void quotedValuesAndSpacesAroundValuesAreRead() throws IOException {
        Rows rows = daily("\"2024-01-02\", \"100.5\" ,102,99,101,1200\n");

        assertThat(rows.problems()).isEmpty();
        assertThat(rows.bars()).extracting(Bar::open).containsExactly(100.5);
    }

    @Test
    void windowsLineEndsAndAMissingLastLineEndAreRead() throws IOException {
        Rows rows = read(Timeframe.DAILY, HEADER.replace("\n", "\r\n") + "2024-01-02,1,1,1,1,0\r\n2024-01-03,1,1,1,1,0");

        assertThat(rows.bars()).hasSize(2);
    }

    @Test
    void blankLinesAreSkippedAndLaterLineNumbersStayTrue() throws IOException {
        Rows rows = daily("\n2024-01-02,1,1,1,1,0\n   \n2024-01-03,1,1,1,x,0\n");

        assertThat(rows.bars()).hasSize(1);
        assertThat(rows.messages()).containsExactly("line 5: close 'x' is not a number");
    }

    // times

    @Test
    void dailyBarStartsAtMidnightNewYorkInSummerToo() throws IOException {
        assertThat(daily("2024-07-01,1,1,1,1,0\n").bars()).extracting(Bar::start)
                .containsExactly(Instant.parse("2024-07-01T04:00:00Z"));
    }

    @Test
    void weeklyBarStartsOnMondayAtMidnightNewYork() throws IOException {
        assertThat(read(Timeframe.WEEKLY, HEADER + "2024-01-08,1,1,1,1,0\n").bars()).extracting(Bar::start)
                .containsExactly(Instant.parse("2024-01-08T05:00:00Z"));
    }

    @Test
    void monthlyBarStartsOnTheFirstAtMidnightNewYork() throws IOException {
        assertThat(read(Timeframe.MONTHLY, HEADER + "2024-02-01,1,1,1,1,0\n").bars()).extracting(Bar::start)
                .containsExactly(Instant.parse("2024-02-01T05:00:00Z"));
    }

    @Test
    void intradayTimeWithOffsetIsTheBarStart() throws IOException {
        assertThat(read(Timeframe.FIVE_MINUTES, HEADER + "2024-01-02T09:35:00-05:00,1,1,1,1,0\n").bars())
                .extracting(Bar::start).containsExactly(Instant.parse("2024-01-02T14:35:00Z"));
    }

    @Test
    void intradayTimeMayUseASpaceAndZ() throws IOException {
        assertThat(read(Timeframe.ONE_MINUTE, HEADER + "2024-01-02 14:31:00Z,1,1,1,1,0\n").bars())
                .extracting(Bar::start).containsExactly(Instant.parse("2024-01-02T14:31:00Z"));
    }

    @Test
    void intradayTimeMayBeEpochMilliseconds() throws IOException {
        assertThat(read(Timeframe.THIRTY_MINUTES, HEADER + "1704205800000,1,1,1,1,0\n").bars())
                .extracting(Bar::start).containsExactly(Instant.parse("2024-01-02T14:30:00Z"));
    }

    // whole-file failures

    @Test
    void missingFileIsNamed() {
        Path missing = folder.resolve("nope.csv");

        assertThatThrownBy(() -> read(Timeframe.DAILY, missing)).isInstanceOf(CsvImportException.class)
                .hasMessage(missing + " does not exist");
    }

    @Test
    void directoryIsNotAFile() {
        assertThatThrownBy(() -> read(Timeframe.DAILY, folder)).hasMessage(folder + " is a directory, not a CSV file");
    }

    @Test
    void emptyFileIsSaidToBeEmpty() throws IOException {
        assertThat(failure("")).endsWith("bars.csv is empty");
    }

    @Test
    void fileOfBlankLinesIsEmpty() throws IOException {
        assertThat(failure("\n  \n\n")).endsWith("bars.csv is empty");
    }

    @Test
    void headerWithoutRowsIsSaid() throws IOException {
        assertThat(failure(HEADER)).endsWith("bars.csv has a header but no rows");
    }

    @Test
    void missingColumnIsNamed() throws IOException {
        assertThat(failure("date,open,high,low,close\n2024-01-02,1,1,1,1\n"))
                .endsWith("bars.csv: the first line must be a header naming the columns; missing: volume "
                        + "(found: date, open, high, low, close)");
    }

    @Test
    void fileWithoutHeaderIsToldToHaveOne() throws IOException {
        assertThat(failure("2024-01-02,1,1,1,1,0\n")).contains("the first line must be a header naming the columns; "
                + "missing: date (or time, datetime, timestamp), open, high, low, close, volume");
    }

    @Test
    void twoTimeColumnsAreRefused() throws IOException {
        assertThat(failure("date,time,open,high,low,close,volume\n2024-01-02,09:30,1,1,1,1,0\n"))
                .contains("the header names more than one time column (date, time)");
    }

    @Test
    void columnNamedTwiceIsRefused() throws IOException {
        assertThat(failure("date,open,high,low,close,close,volume\n2024-01-02,1,1,1,1,1,0\n"))
                .contains("the header names 'close' twice");
    }

    @Test
    void fileThatIsNotUtf8IsSaid() throws IOException {
        Path file = Files.write(folder.resolve("latin.csv"), (HEADER + "2024-01-02,1,1,1,1,0 \u00e9\n")
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> read(Timeframe.DAILY, file)).hasMessage(file + " is not UTF-8 text");
    }

    @Test
    void unclosedQuoteIsMalformedCsv() throws IOException {
        assertThat(failure(HEADER + "\"2024-01-02,1,1,1,1,0\n")).contains("bars.csv is not valid CSV");
    }

    // bad rows, one reason each, with the line number

    @Test
    void highBelowLow() throws IOException {
        assertThat(daily("2024-01-02,102,101.2,103.0,102,10\n").messages())
                .containsExactly("line 2: high 101.2 is below low 103.0");
    }

    @Test
    void highBelowOpen() throws IOException {
        assertThat(daily("2024-01-02,105,104,100,102,10\n").messages()).containsExactly("line 2: high 104 is below open 105");
    }

    @Test
    void highBelowClose() throws IOException {
        assertThat(daily("2024-01-02,101,104,100,105,10\n").messages()).containsExactly("line 2: high 104 is below close 105");
    }

    @Test
    void lowAboveOpen() throws IOException {
        assertThat(daily("2024-01-02,99,104,100,102,10\n").messages()).containsExactly("line 2: low 100 is above open 99");
    }

    @Test
    void lowAboveClose() throws IOException {
        assertThat(daily("2024-01-02,101,104,100,99.5,10\n").messages()).containsExactly("line 2: low 100 is above close 99.5");
    }

    @Test
    void dateThatIsNoDay() throws IOException {
        assertThat(daily("2024-01-02,1,1,1,1,0\n2024-13-01,1,1,1,1,0\n").messages())
                .containsExactly("line 3: date '2024-13-01' is not yyyy-MM-dd");
    }

    @Test
    void dateInAnotherFormat() throws IOException {
        assertThat(daily("01/02/2024,1,1,1,1,0\n").messages()).containsExactly("line 2: date '01/02/2024' is not yyyy-MM-dd");
    }

    @Test
    void nonNumericPrice() throws IOException {
        assertThat(daily("2024-01-02,abc,1,1,1,0\n").messages()).containsExactly("line 2: open 'abc' is not a number");
    }

    @Test
    void zeroPrice() throws IOException {
        assertThat(daily("2024-01-02,1,1,0,1,0\n").messages()).containsExactly("line 2: low 0 is not a positive price");
    }

    @Test
    void negativeVolume() throws IOException {
        assertThat(daily("2024-01-02,1,1,1,1,-500\n").messages()).containsExactly("line 2: volume -500 is negative");
    }

    @Test
    void fractionalVolume() throws IOException {
        assertThat(daily("2024-01-02,1,1,1,1,12.5\n").messages())
                .containsExactly("line 2: volume 12.5 is not a whole number of shares");
    }

    @Test
    void volumeWrittenAsADecimalWholeNumberIsFine() throws IOException {
        assertThat(daily("2024-01-02,1,1,1,1,1.5E6\n").bars()).extracting(Bar::volume).containsExactly(1_500_000L);
    }

    @Test
    void emptyValue() throws IOException {
        assertThat(daily("2024-01-02,1,1,1,,0\n").messages()).containsExactly("line 2: close is empty");
    }

    @Test
    void tooFewValues() throws IOException {
        assertThat(daily("2024-01-02,1,1,1,1\n").messages())
                .containsExactly("line 2: has 5 values, the header names 6 columns");
    }

    @Test
    void tooManyValuesAsFromAnUnquotedThousandsSeparator() throws IOException {
        assertThat(daily("2024-01-02,1,1,1,1,1,200\n").messages())
                .containsExactly("line 2: has 7 values, the header names 6 columns");
    }

    @Test
    void duplicateTime() throws IOException {
        assertThat(daily("2024-01-02,1,1,1,1,0\n2024-01-03,1,1,1,1,0\n2024-01-03,1,1,1,1,0\n").messages())
                .containsExactly("line 4: duplicate time 2024-01-03: line 3 has it too");
    }

    @Test
    void outOfOrderTime() throws IOException {
        assertThat(daily("2024-01-03,1,1,1,1,0\n2024-01-02,1,1,1,1,0\n").messages())
                .containsExactly("line 3: time 2024-01-02 is before 2024-01-03 on line 2; rows must be oldest first");
    }

    @Test
    void dailyBarOnAWeekend() throws IOException {
        assertThat(daily("2024-01-06,1,1,1,1,0\n").messages())
                .containsExactly("line 2: date 2024-01-06 is a Saturday; daily bars are for weekdays");
    }

    @Test
    void weeklyBarNotOnAMonday() throws IOException {
        assertThat(read(Timeframe.WEEKLY, HEADER + "2024-01-05,1,1,1,1,0\n").messages())
                .containsExactly("line 2: date 2024-01-05 is a Friday; weekly bars start on a Monday");
    }

    @Test
    void monthlyBarNotOnTheFirst() throws IOException {
        assertThat(read(Timeframe.MONTHLY, HEADER + "2024-01-31,1,1,1,1,0\n").messages())
                .containsExactly("line 2: date 2024-01-31 is not the 1st; monthly bars start on the 1st of the month");
    }

    @Test
    void intradayTimeNotOnTheBarBoundary() throws IOException {
        assertThat(read(Timeframe.FIVE_MINUTES, HEADER + "2024-01-02T09:31:00-05:00,1,1,1,1,0\n").messages())
                .containsExactly("line 2: date 2024-01-02T09:31:00-05:00 does not start a 5m bar "
                        + "(minutes a multiple of 5, seconds zero)");
    }

    @Test
    void intradayTimeWithoutOffset() throws IOException {
        assertThat(read(Timeframe.ONE_MINUTE, HEADER + "2024-01-02T09:30:00,1,1,1,1,0\n").messages())
                .containsExactly("line 2: date '2024-01-02T09:30:00' has no UTC offset; add one, e.g. "
                        + "2024-01-02T09:30:00-05:00, or use epoch milliseconds");
    }

    @Test
    void intradayGivenOnlyADay() throws IOException {
        assertThat(read(Timeframe.ONE_MINUTE, HEADER + "2024-01-02,1,1,1,1,0\n").messages())
                .containsExactly("line 2: date '2024-01-02' is not an ISO date-time with offset "
                        + "(e.g. 2024-01-02T09:30:00-05:00) or epoch milliseconds");
    }

    @Test
    void everyBadRowIsReportedAndGoodRowsAroundThemStillRead() throws IOException {
        Rows rows = daily("2024-01-02,1,1,1,1,0\n2024-01-03,1,1,1,1,-1\n2024-01-04,1,1,1,1,0\n2024-01-05,x,1,1,1,0\n");

        assertThat(rows.bars()).hasSize(2);
        assertThat(rows.problems()).extracting(RowProblem::line).containsExactly(3L, 5L);
    }
}
