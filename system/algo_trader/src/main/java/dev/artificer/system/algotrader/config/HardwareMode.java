package dev.artificer.system.algotrader.config;

/** Whether to drive the Pi4J status light and kill-switch button. */
public enum HardwareMode {
    /** Use Pi4J when running on a Raspberry Pi, else the logging no-op. */
    AUTO,
    /** Always use Pi4J. */
    PI4J,
    /** Never touch GPIO. */
    OFF
}
