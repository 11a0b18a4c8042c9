/** JMH benchmark of the streamer's frame parser beside a Jackson tree-model reader of the same frames. */
package dev.artificer.infrastructure.schwab.stream.bench;
