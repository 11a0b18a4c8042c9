package dev.artificer.system.algotrader.hardware;

/** A press of the panel's button. */
public enum PanelPress {
    /** Pressed and released: show the status. */
    SHORT,
    /** Held for the long-press time: halt trading. */
    LONG
}
