/* lock.c - waiting for a colleague's write, and saying whose it is.
 *
 * A write waits for another connection's to finish for up to the busy
 * timeout ([database] busy_timeout), telling whoever asked about once a
 * second how long it has waited and, where the system says, who is writing:
 * Linux lists every file lock in /proc/locks with the process that holds it,
 * and SQLite's write lock is one of them (a byte of the -shm file in WAL
 * mode, of the database file otherwise).  The files are never opened here:
 * closing a descriptor of a file drops every POSIX lock this process holds
 * on it, SQLite's included.
 */
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <time.h>
#include <unistd.h>

#include "store_internal.h"

static long long clock_ms(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (long long)now.tv_sec * 1000 + now.tv_nsec / 1000000;
}

/* "r.okafor (pid 4242: assure import reviews fortnight.csv)" for a process. */
static void describe_process(long pid, char *out, size_t size)
{
    char path[64], line[256], who[128] = "";
    snprintf(path, sizeof path, "/proc/%ld/status", pid);
    FILE *status = fopen(path, "r");
    while (status != NULL && fgets(line, sizeof line, status) != NULL) {
        unsigned long uid;
        if (sscanf(line, "Uid: %lu", &uid) == 1) {
            struct passwd *entry = getpwuid((uid_t)uid);
            if (entry != NULL)
                snprintf(who, sizeof who, "%s", entry->pw_name);
            else
                snprintf(who, sizeof who, "uid %lu", uid);
            break;
        }
    }
    if (status != NULL)
        fclose(status);
    char command[200] = "";
    snprintf(path, sizeof path, "/proc/%ld/cmdline", pid);
    FILE *cmdline = fopen(path, "r");
    if (cmdline != NULL) {
        size_t n = fread(command, 1, sizeof command - 1, cmdline);
        fclose(cmdline);
        command[n] = '\0';
        for (size_t i = 0; n > 0 && i < n - 1; i++)
            if (command[i] == '\0')
                command[i] = ' '; /* the arguments, one space apart */
    }
    if (who[0] == '\0')
        snprintf(out, size, "another program (pid %ld)", pid);
    else if (command[0] == '\0')
        snprintf(out, size, "%s (pid %ld)", who, pid);
    else
        snprintf(out, size, "%s (pid %ld: %s)", who, pid, command);
}

/* Does a /proc/locks line say that another process holds a write lock on
 * the file (device, inode)?  Its pid into *pid. */
static bool write_lock_on(const char *line, dev_t device, ino_t inode, long *pid)
{
    char kind[16], mode[16], access[16];
    long holder;
    unsigned int major_number, minor_number;
    unsigned long number;
    if (strstr(line, "->") != NULL) /* a process waiting for the lock, not holding it */
        return false;
    const char *colon = strchr(line, ':');
    if (colon == NULL || sscanf(colon + 1, "%15s %15s %15s %ld %x:%x:%lu", kind, mode, access, &holder,
                                &major_number, &minor_number, &number) != 7)
        return false;
    if (strcmp(access, "WRITE") != 0 || holder == (long)getpid() || holder <= 0)
        return false;
    if (number != (unsigned long)inode || major_number != major(device) || minor_number != minor(device))
        return false;
    *pid = holder;
    return true;
}

/* Who holds the programme's lock on a PostgreSQL server, as the server
 * says: its user, where from and as what program. */
static bool pg_lock_holder(store *s, char *out, size_t size)
{
    db_stmt *st;
    if (db_prepare(&s->conn,
                   "SELECT a.usename, coalesce(host(a.client_addr), 'this server'), a.application_name "
                   "FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid "
                   "WHERE l.locktype = 'advisory' AND l.granted AND l.pid <> pg_backend_pid() LIMIT 1",
                   false, &st) != DB_OK)
        return false;
    bool found = db_step(st) == DB_ROW;
    if (found)
        snprintf(out, size, "%s (from %s%s%s)", db_column_text(st, 0), db_column_text(st, 1),
                 *db_column_text(st, 2) != '\0' ? ", " : "", db_column_text(st, 2));
    db_finalize(st);
    return found;
}

bool store_lock_holder(store *s, char *out, size_t size)
{
    out[0] = '\0';
    if (s->conn.backend == DB_POSTGRESQL)
        return pg_lock_holder(s, out, size);
    struct stat files[2];
    char shm[4200];
    snprintf(shm, sizeof shm, "%s-shm", s->path);
    bool have[2] = {stat(shm, &files[0]) == 0, stat(s->path, &files[1]) == 0};
    FILE *locks = fopen("/proc/locks", "r");
    if (locks == NULL)
        return false;
    char line[512];
    long pid = 0;
    while (pid == 0 && fgets(line, sizeof line, locks) != NULL)
        for (int f = 0; f < 2 && pid == 0; f++)
            if (have[f])
                write_lock_on(line, files[f].st_dev, files[f].st_ino, &pid);
    fclose(locks);
    if (pid == 0)
        return false;
    describe_process(pid, out, size);
    return true;
}

/* SQLite's busy handler: wait, in short sleeps, until the limit; say how it
 * goes once a second. */
static int busy_wait(void *context, int attempts)
{
    store *s = context;
    long long now = clock_ms();
    if (attempts == 0) {
        s->wait.began = now;
        s->wait.reported = 0;
        s->wait.stopped = false;
        s->wait.holder[0] = '\0';
    }
    long long waited = now - s->wait.began;
    if (waited >= s->wait.limit_ms)
        return 0;
    if (waited >= 1000 * (s->wait.reported + 1)) {
        s->wait.reported = (int)(waited / 1000);
        store_lock_holder(s, s->wait.holder, sizeof s->wait.holder);
        if (s->wait.report != NULL &&
            !s->wait.report(s->wait.context, s->wait.holder, s->wait.reported, s->wait.limit_ms / 1000)) {
            s->wait.stopped = true;
            return 0;
        }
    }
    struct timespec pause = {0, 20 * 1000000};
    nanosleep(&pause, NULL);
    return 1;
}

void store_wait_limit(store *s, int milliseconds)
{
    s->wait.limit_ms = milliseconds;
    if (s->conn.backend == DB_POSTGRESQL) { /* the server waits for a lock as long as this */
        char sql[64];
        snprintf(sql, sizeof sql, "SET lock_timeout = %d", milliseconds);
        db_exec(&s->conn, sql);
        return;
    }
    sqlite3_busy_handler(s->db, busy_wait, s);
}

void store_set_busy_timeout(store *s, int seconds)
{
    s->wait.timeout_ms = seconds * 1000;
    store_wait_limit(s, s->wait.timeout_ms);
}

void store_on_wait(store *s, store_wait_fn report, void *context)
{
    s->wait.report = report;
    s->wait.context = context;
}
