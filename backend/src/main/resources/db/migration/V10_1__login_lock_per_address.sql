-- Failed logins counted per account name AND source address (issue 9 item 4): a stranger who does not know the
-- password can no longer lock a colleague out; he only locks himself out at his own address. The name is kept as
-- typed, whether or not such an account exists, so that an unknown name is answered exactly like a known one.
create table login_lock (
    username        varchar(100) not null,
    source_address  varchar(64)  not null,
    failures        integer      not null,
    last_failed_at  timestamp with time zone not null,
    locked_until    timestamp with time zone,
    constraint login_lock_pk primary key (username, source_address)
);
create index login_lock_stale_ix on login_lock (last_failed_at);
