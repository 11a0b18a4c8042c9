package dev.artificer.system.algotrader.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tells whether this machine is a Raspberry Pi, from the device-tree model Linux exposes. */
public final class RaspberryPiDetector {

    private static final Path MODEL = Path.of("/proc/device-tree/model");

    private RaspberryPiDetector() {
    }

    /**
     * Whether the board model names a Raspberry Pi.
     *
     * @return false on anything else, or when the model cannot be read
     */
    public static boolean onRaspberryPi() {
        try {
            return Files.isReadable(MODEL) && Files.readString(MODEL).contains("Raspberry Pi");
        } catch (IOException unreadable) {
            return false;
        }
    }
}
