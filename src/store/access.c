/* access.c - reading a database from a place its reader cannot write, and
 * saying why a database cannot be opened in the words of its files.
 *
 * A WAL database is read through its -shm file, which SQLite makes beside
 * it: a reader who may not write the directory cannot read a WAL database
 * whose -shm is not there (the last writer took it away when it closed).
 * Such a database is then read from a copy in memory, taken whole while the
 * file stood still, and taken again when the file changes; nothing beside
 * the file is needed.  What cannot be read that way - changes still in a
 * -wal or a hot journal, which only someone who may write can bring into the
 * file, or a -shm another user left that this one may not use - is said so,
 * with who can put it right and how.
 */
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "store_internal.h"

#define COPY_MAX_BYTES ((long long)1 << 30) /* a database read into memory: at most 1 GiB */

/* The directory that holds path: may this process make files in it? */
static bool folder_writable(const char *path, char *folder, size_t size)
{
    char copy[4096];
    snprintf(copy, sizeof copy, "%s", path);
    snprintf(folder, size, "%s", dirname(copy));
    return access(folder, W_OK | X_OK) == 0;
}

static const char *owner_name(uid_t uid, char *buf, size_t size)
{
    struct passwd *entry = getpwuid(uid);
    if (entry != NULL)
        snprintf(buf, size, "%s", entry->pw_name);
    else
        snprintf(buf, size, "uid %lu", (unsigned long)uid);
    return buf;
}

/* Is the database file in WAL mode (its header's read and write versions 2)? */
static bool wal_header(const char *path)
{
    unsigned char header[20];
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return false;
    ssize_t n = read(fd, header, sizeof header);
    close(fd);
    return n == (ssize_t)sizeof header && header[18] == 2 && header[19] == 2;
}

assure_status store_explain_open(const char *path, bool read_only, assure_error *err)
{
    char folder[4096], wal[4200], shm[4200], journal[4200], owner[128];
    bool writable = folder_writable(path, folder, sizeof folder);
    snprintf(wal, sizeof wal, "%s-wal", path);
    snprintf(shm, sizeof shm, "%s-shm", path);
    snprintf(journal, sizeof journal, "%s-journal", path);
    struct stat info;
    if (stat(shm, &info) == 0 && access(shm, R_OK | W_OK) != 0)
        return error_set(
            err, ASSURE_DATA,
            "%s: cannot be read: %s, the shared-memory file SQLite keeps beside it, belongs to %s "
            "(mode %04o) and you may not write it, as every reader must. It was left by %s's last "
            "use of the database. When nobody has the database open, %s or the directory's owner "
            "can remove it (rm %s), or let the group write it (chmod g+rw %s); INSTALL shows the "
            "shared set-up that avoids this",
            path, shm, owner_name(info.st_uid, owner, sizeof owner), (unsigned)(info.st_mode & 07777), owner,
            owner, shm, shm);
    if (stat(wal, &info) == 0 && info.st_size > 0 && (!writable || read_only))
        return error_set(
            err, ASSURE_DATA,
            "%s: needs recovery by its owner before it can be read here: changes are still in %s "
            "(left by a writer that stopped before it finished, or one writing now), and only "
            "someone who may write %s can bring them into the file. Ask %s to run any assure "
            "command on it (assure --db %s check)",
            path, wal, folder, owner_name(info.st_uid, owner, sizeof owner), path);
    if (stat(journal, &info) == 0 && info.st_size > 0 && (!writable || read_only))
        return error_set(err, ASSURE_DATA,
                         "%s: needs recovery by its owner before it can be read: %s holds a change that was "
                         "never finished (a writer stopped part-way), and only someone who may write %s can "
                         "undo it. Ask %s to run any assure command on it (assure --db %s check)",
                         path, journal, folder, owner_name(info.st_uid, owner, sizeof owner), path);
    if (!writable && wal_header(path))
        return error_set(
            err, ASSURE_DATA,
            "%s: cannot be read from here: it is a WAL database, and SQLite must make %s beside it "
            "to read it, but you may not write %s. Ask its owner to let the dashboard's users' "
            "group write the directory (chmod g+ws %s; INSTALL, \"A shared database\"), or read a "
            "copy (cp %s ~/copy.db)",
            path, shm, folder, folder, path);
    return ASSURE_OK;
}

bool store_needs_copy(const char *path)
{
    char folder[4096], wal[4200], shm[4200];
    snprintf(wal, sizeof wal, "%s-wal", path);
    snprintf(shm, sizeof shm, "%s-shm", path);
    struct stat info;
    return !folder_writable(path, folder, sizeof folder) && wal_header(path) &&
           (stat(wal, &info) != 0 || info.st_size == 0) && stat(shm, &info) != 0;
}

/* The whole file, read while it stood still: the same size and time of
 * change before and after, and no -wal with changes meanwhile. */
static unsigned char *read_still(const char *path, long long *size, struct stat *taken, assure_error *err)
{
    char wal[4200];
    snprintf(wal, sizeof wal, "%s-wal", path);
    for (int attempt = 0; attempt < 5; attempt++) {
        struct stat before, after, log;
        int fd = open(path, O_RDONLY);
        if (fd < 0 || fstat(fd, &before) != 0) {
            int why = errno;
            if (fd >= 0)
                close(fd);
            error_set(err, ASSURE_DATA, "%s: cannot read: %s", path, strerror(why));
            return NULL;
        }
        if (before.st_size > COPY_MAX_BYTES) {
            close(fd);
            error_set(err, ASSURE_DATA,
                      "%s: too large to read from a directory you cannot write (over 1 GiB)", path);
            return NULL;
        }
        unsigned char *bytes = sqlite3_malloc64((sqlite3_uint64)before.st_size + 1);
        long long got = 0;
        ssize_t n = 1;
        while (bytes != NULL && got < before.st_size &&
               (n = read(fd, bytes + got, (size_t)(before.st_size - got))) > 0)
            got += n;
        bool read_whole = bytes != NULL && got == before.st_size && n >= 0 && fstat(fd, &after) == 0;
        close(fd);
        if (read_whole && after.st_size == before.st_size && after.st_mtim.tv_sec == before.st_mtim.tv_sec &&
            after.st_mtim.tv_nsec == before.st_mtim.tv_nsec && (stat(wal, &log) != 0 || log.st_size == 0)) {
            *size = got;
            *taken = after;
            return bytes;
        }
        sqlite3_free(bytes);
        if (bytes == NULL) {
            error_set(err, ASSURE_DATA, "%s: out of memory", path);
            return NULL;
        }
        usleep(100000); /* it was being written: once it stands still */
    }
    error_set(err, ASSURE_DATA, "%s: changed every time it was read; try again in a moment", path);
    return NULL;
}

assure_status store_copy_in(store *s, assure_error *err)
{
    long long size;
    struct stat taken;
    unsigned char *bytes = read_still(s->path, &size, &taken, err);
    if (bytes == NULL)
        return ASSURE_DATA;
    if (size >= 20)
        bytes[18] = bytes[19] = 1; /* a copy in memory has no WAL: read it as a rollback database */
    sqlite3 *db;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
        sqlite3_free(bytes);
        sqlite3_close(db);
        return error_set(err, ASSURE_DATA, "%s: out of memory", s->path);
    }
    int rc = sqlite3_deserialize(db, "main", bytes, size, size + 1,
                                 SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY);
    if (rc != SQLITE_OK) {
        sqlite3_close(db);
        return error_set(err, ASSURE_DATA, "%s: cannot read the copy of it", s->path);
    }
    if (s->db != NULL) {
        store_statements_finalize(s);
        sqlite3_close(s->db);
    }
    s->db = db;
    s->copy.taken = true;
    s->copy.size = taken.st_size;
    s->copy.changed = taken.st_mtim;
    s->copy.version++;
    return ASSURE_OK;
}

bool store_copy_stale(const store *s)
{
    struct stat now;
    return stat(s->path, &now) == 0 &&
           (now.st_size != s->copy.size || now.st_mtim.tv_sec != s->copy.changed.tv_sec ||
            now.st_mtim.tv_nsec != s->copy.changed.tv_nsec);
}
