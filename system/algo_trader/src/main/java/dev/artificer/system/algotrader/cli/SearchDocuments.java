package dev.artificer.system.algotrader.cli;

import dev.artificer.component.backtest.optimize.BacktestOverfitting;
import dev.artificer.component.backtest.optimize.Candidate;
import dev.artificer.component.backtest.optimize.DeflatedSharpe;
import dev.artificer.component.backtest.optimize.SearchResult;
import dev.artificer.component.backtest.optimize.WalkForwardSummary;
import dev.artificer.system.algotrader.archive.ArchivedRun;
import dev.artificer.system.algotrader.report.OptimizeFindings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code optimize --json} and {@code walkforward --json} print: the search's ranked combinations or windows, its
 * overfitting measures, and the stored run as {@code backtest --json} gives it; numbers as numbers, null when a
 * measure is not defined.
 */
final class SearchDocuments {

    private SearchDocuments() {
    }

    static Map<String, Object> optimize(SearchResult result, int combinations, OptimizeFindings findings,
                                        ArchivedRun kept, Path report) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("metric", result.ranking().metric());
        document.put("combinations", combinations);
        List<Candidate> ranked = result.ranked();
        document.put("ranked", java.util.stream.IntStream.range(0, ranked.size())
                .mapToObj(index -> candidate(index + 1, ranked.get(index))).toList());
        document.put("skipped", result.skipped());
        document.put("deflatedSharpe", deflated(findings.deflated()));
        document.put("pbo", findings.overfitting().map(SearchDocuments::overfitting).orElse(null));
        document.put("gridEdges", findings.edges());
        document.put("best", RunDocument.of(kept.record()));
        document.put("report", report.toString());
        return document;
    }

    static Map<String, Object> walkForward(WalkForwardSummary summary, ArchivedRun kept, Path report) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("windows", summary.windows().stream().map(SearchDocuments::window).toList());
        document.put("inSampleAnnualReturn", JsonOutput.number(summary.inSampleAnnualReturn()));
        document.put("outOfSampleAnnualReturn", JsonOutput.number(summary.outOfSampleAnnualReturn()));
        document.put("efficiency", JsonOutput.number(summary.efficiency()));
        document.put("winnerChanges", summary.winnerChanges());
        document.put("distinctWinners", summary.distinctWinners());
        document.put("run", RunDocument.of(kept.record()));
        document.put("report", report.toString());
        return document;
    }

    private static Map<String, Object> candidate(int rank, Candidate candidate) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("rank", rank);
        fields.put("parameters", candidate.parameters());
        fields.put("score", JsonOutput.number(candidate.score()));
        fields.put("metrics", JsonOutput.numbers(candidate.metrics()));
        return fields;
    }

    private static Map<String, Object> deflated(DeflatedSharpe deflated) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("probability", JsonOutput.number(deflated.probability()));
        fields.put("sharpe", JsonOutput.number(deflated.sharpe()));
        fields.put("expectedMaximum", JsonOutput.number(deflated.expectedMaximum()));
        fields.put("trials", deflated.trials());
        return fields;
    }

    private static Map<String, Object> overfitting(BacktestOverfitting pbo) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("probability", JsonOutput.number(pbo.probability()));
        fields.put("probabilityOfLoss", JsonOutput.number(pbo.probabilityOfLoss()));
        fields.put("degradationSlope", JsonOutput.number(pbo.degradationSlope()));
        fields.put("partitions", pbo.partitions());
        fields.put("trials", pbo.trials());
        fields.put("periods", pbo.periods());
        return fields;
    }

    private static Map<String, Object> window(WalkForwardSummary.Window summary) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("inSampleStart", summary.window().inSampleStart());
        fields.put("outOfSampleStart", summary.window().outOfSampleStart());
        fields.put("outOfSampleEnd", summary.window().outOfSampleEnd());
        fields.put("parameters", summary.window().best().parameters());
        fields.put("inSampleScore", JsonOutput.number(summary.window().best().score()));
        fields.put("outOfSampleReturn", JsonOutput.number(summary.window().outOfSampleReturn()));
        fields.put("inSampleAnnualReturn", JsonOutput.number(summary.inSampleAnnualReturn()));
        fields.put("outOfSampleAnnualReturn", JsonOutput.number(summary.outOfSampleAnnualReturn()));
        fields.put("winnerChanged", summary.changed());
        return fields;
    }
}
