package dev.artificer.component.testsupport.services;

/**
 * Where a test's MySQL or MariaDB database is, and the account to use. The password is never printed.
 *
 * @param jdbcUrl  JDBC URL of a database the test may clean and migrate freely
 * @param user     user name
 * @param password password, possibly empty
 */
public record MysqlEndpoint(String jdbcUrl, String user, String password) {

    @Override
    public String toString() {
        return "MysqlEndpoint[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=****]";
    }
}
