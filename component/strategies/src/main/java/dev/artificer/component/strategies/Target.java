package dev.artificer.component.strategies;

/** The position a signal rule asks for after a bar. */
enum Target {
    /** Hold a long position (enter one unless long already). */
    LONG,
    /** Hold a short position when shorts are allowed, else no position. */
    SHORT,
    /** Hold no position. */
    FLAT,
    /** Change nothing. */
    KEEP
}
