package dev.artificer.system.algotrader.csvimport;

/** Hears how an import goes once the file is checked, to show progress on large files. */
public interface ImportProgress {

    /**
     * The file was checked and its bars are about to be stored.
     *
     * @param bars     how many bars will be stored
     * @param location where they go, e.g. {@code h2 jdbc:h2:file:...}
     */
    void storing(long bars, String location);

    /**
     * One more chunk was stored.
     *
     * @param stored bars stored so far
     * @param total  bars to store
     */
    void stored(long stored, long total);

    /**
     * Progress is not wanted.
     *
     * @return a listener that ignores everything
     */
    static ImportProgress silent() {
        return new ImportProgress() {
            @Override
            public void storing(long bars, String location) {
            }

            @Override
            public void stored(long stored, long total) {
            }
        };
    }
}
