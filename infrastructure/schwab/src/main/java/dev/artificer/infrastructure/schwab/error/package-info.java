/** The failure categories of the Schwab client, one exception type each; messages never carry secrets. */
package dev.artificer.infrastructure.schwab.error;
