CREATE TABLE it_widgets (
    id   BIGINT      NOT NULL PRIMARY KEY,
    name VARCHAR(50) NOT NULL
);
