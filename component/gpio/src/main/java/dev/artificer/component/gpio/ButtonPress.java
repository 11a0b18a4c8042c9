package dev.artificer.component.gpio;

/** What a {@link Button} reports once per press. */
public enum ButtonPress {

    /** Released before the long-press threshold; reported on release. */
    SHORT,

    /** Held until the long-press threshold; reported when the threshold passes, while still held. */
    LONG
}
