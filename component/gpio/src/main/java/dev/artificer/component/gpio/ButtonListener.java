package dev.artificer.component.gpio;

/** Hears the presses of a {@link Button}; called on the button's scheduler thread, so keep it short. */
@FunctionalInterface
public interface ButtonListener {

    /**
     * Called once for each press.
     *
     * @param press whether it was a short or a long press
     */
    void pressed(ButtonPress press);
}
