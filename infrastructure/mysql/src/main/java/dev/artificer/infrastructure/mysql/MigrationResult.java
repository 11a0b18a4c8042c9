package dev.artificer.infrastructure.mysql;

/**
 * What a migration run did.
 *
 * @param applied       how many migrations were applied by this run
 * @param schemaVersion the schema version after the run, or {@code empty} when no migration exists
 */
public record MigrationResult(int applied, String schemaVersion) {
}
