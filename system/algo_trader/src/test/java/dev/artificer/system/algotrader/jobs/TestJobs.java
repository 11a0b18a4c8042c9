package dev.artificer.system.algotrader.jobs;

/** Jobs for scheduler tests: a name and a body. */
final class TestJobs {

    private TestJobs() {
    }

    static Job job(String name, Runnable body) {
        return new Job() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String run() {
                body.run();
                return "done";
            }
        };
    }
}
