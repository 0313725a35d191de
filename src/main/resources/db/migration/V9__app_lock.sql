-- Named rows that application instances lock (select ... for update) to do a piece of start-up
-- work one at a time, such as loading the seed documents and dataset when several instances
-- start against one empty PostgreSQL database. Portable SQL: H2 and PostgreSQL.
create table app_lock (
    name  varchar(50) primary key
);
insert into app_lock (name) values ('seed');
