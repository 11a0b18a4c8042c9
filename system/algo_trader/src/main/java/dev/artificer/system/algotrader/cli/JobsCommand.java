package dev.artificer.system.algotrader.cli;

import dev.artificer.system.algotrader.jobs.JobRunner;
import dev.artificer.system.algotrader.jobs.ScheduledJob;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code algo-trader jobs list|run NAME}: the scheduled jobs, and running one by hand. */
@Command(name = "jobs", mixinStandardHelpOptions = true, description = "List the scheduled jobs or run one now.")
public class JobsCommand {

    private static final Listing<ScheduledJob> LISTING = new Listing<ScheduledJob>("jobs")
            .column("JOB", "name", job -> job.job().name())
            .column("EVERY", "every", job -> job.schedule().frequency().toString())
            .column("WHEN", "marketHoursOnly", job -> job.schedule().marketHoursOnly(),
                    job -> job.schedule().marketHoursOnly() ? "market hours (+30 min)" : "always");

    private final ObjectProvider<List<ScheduledJob>> jobs;
    private final ObjectProvider<JobRunner> runner;

    @Spec
    private CommandSpec spec;

    /**
     * Creates the command.
     *
     * @param jobs   the scheduled jobs, built only when a subcommand runs
     * @param runner runs one job
     */
    public JobsCommand(ObjectProvider<List<ScheduledJob>> jobs, ObjectProvider<JobRunner> runner) {
        this.jobs = jobs;
        this.runner = runner;
    }

    /**
     * Lists the jobs and their schedules.
     *
     * @param format text, JSON or CSV
     * @return 0
     */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the jobs and their schedules.")
    public int list(@Mixin OutputFormat format) {
        LISTING.print(spec.commandLine().getOut(), format, jobs.getObject(), "No jobs.");
        return 0;
    }

    /**
     * Runs one job now, market hours or not.
     *
     * @param name the job's name
     * @return 0 when it succeeded, 1 when it failed or was skipped (another process runs it)
     */
    @Command(name = "run", mixinStandardHelpOptions = true, description = "Run one job now.")
    public int run(@Parameters(paramLabel = "NAME", description = "The job, see `jobs list`.") String name) {
        List<ScheduledJob> all = jobs.getObject();
        ScheduledJob job = all.stream().filter(candidate -> candidate.job().name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no job named '" + name + "'; the jobs are: "
                        + all.stream().map(candidate -> candidate.job().name()).collect(Collectors.joining(", "))));
        PrintWriter out = spec.commandLine().getOut();
        JobRunner.Run run = runner.getObject().runOnce(job, true);
        String outcome = run.outcome().name().toLowerCase(Locale.ROOT);
        out.println("job " + name + ": " + (run.outcome() == JobRunner.Outcome.SKIPPED ? outcome + ": " + run.detail()
                : outcome));
        return run.outcome() == JobRunner.Outcome.SUCCEEDED ? 0 : 1;
    }
}
