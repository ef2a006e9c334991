/* actor.c - who is making a change, for the audit trail. */
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "store_internal.h"

void store_actor_now(store_actor *out, const char *source)
{
    time_t now = time(NULL);
    struct tm utc;
    gmtime_r(&now, &utc);
    strftime(out->at, sizeof out->at, "%Y-%m-%dT%H:%M:%SZ", &utc);
    /* The account of the real uid: $USER and $LOGNAME are the caller's to set. */
    struct passwd *entry = getpwuid(getuid());
    if (entry != NULL && entry->pw_name != NULL && entry->pw_name[0] != '\0')
        snprintf(out->who, sizeof out->who, "%s", entry->pw_name);
    else
        snprintf(out->who, sizeof out->who, "uid %lu", (unsigned long)getuid());
    /* $SSH_CLIENT is "address port port": keep the address. */
    const char *ssh = getenv("SSH_CLIENT");
    out->client[0] = '\0';
    if (ssh != NULL) {
        size_t n = strcspn(ssh, " ");
        snprintf(out->client, sizeof out->client, "%.*s",
                 (int)(n < sizeof out->client ? n : sizeof out->client - 1), ssh);
    }
    out->actor.at = out->at;
    out->actor.who = out->who;
    out->actor.client = out->client;
    out->actor.source = source != NULL ? source : "";
}

bool store_busy(store *s)
{
    return db_busy(&s->conn);
}
