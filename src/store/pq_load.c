/* pq_load.c - loads PostgreSQL's client library the first time a
 * PostgreSQL connection is opened, and fills the table of its functions
 * that db_pg.c calls through (pq_load.h). */
#define PQ_LOAD_NO_CALLS
#include "pq_load.h"

#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

pq_load_table pq_load_functions;

/* Each entry's type is the one <libpq-fe.h> declares: a parameter list
 * written wrong here fails to compile rather than calling with the wrong
 * arguments.  (_Generic does not evaluate &name: the library's own symbol
 * is not referred to, so nothing needs linking.) */
#define PQ_LOAD_SAME_TYPE(type, name, params)                                                                \
    _Static_assert(_Generic(&name, type(*) params : 1, default : 0), #name " as <libpq-fe.h> declares it");
PQ_LOAD_FUNCTIONS(PQ_LOAD_SAME_TYPE)
#undef PQ_LOAD_SAME_TYPE

static void *library;                   /* the loaded library; NULL until it is */
static const char *library_name = NULL; /* for the tests; NULL for PQ_LOAD_LIBRARY */

void pq_load_use_library(const char *name)
{
    if (library == NULL)
        library_name = name;
}

/* Why dlopen failed, as the user is told it: not installed (the usual
 * case, with how to install it), or the loader's own reason. */
static void say_why(const char *name, const char *reason, char *message, size_t size)
{
    if (reason == NULL || strstr(reason, "No such file") != NULL)
        snprintf(
            message, size,
            "PostgreSQL's client library %s is not installed (Debian and Ubuntu: apt-get install libpq5; "
            "RHEL and Fedora: dnf install libpq)",
            name);
    else
        snprintf(message, size, "PostgreSQL's client library %s cannot be loaded: %s", name, reason);
}

bool pq_load(char *message, size_t size)
{
    if (library != NULL)
        return true;
    const char *name = library_name != NULL ? library_name : PQ_LOAD_LIBRARY;
    void *opened = dlopen(name, RTLD_NOW | RTLD_LOCAL);
    if (opened == NULL) {
        say_why(name, dlerror(), message, size);
        return false;
    }
    /* Every function, or none: a library without one of them is not used. */
    pq_load_table found;
    void *symbol;
#define PQ_LOAD_FIND(type, name_, params)                                                                    \
    if ((symbol = dlsym(opened, #name_)) == NULL) {                                                          \
        snprintf(message, size, "%s is not the PostgreSQL client library assure needs: it has no %s", name,  \
                 #name_);                                                                                    \
        dlclose(opened);                                                                                     \
        return false;                                                                                        \
    }                                                                                                        \
    _Static_assert(sizeof found.name_ == sizeof symbol, "a function's address fits a pointer");              \
    memcpy(&found.name_, &symbol, sizeof symbol);
    PQ_LOAD_FUNCTIONS(PQ_LOAD_FIND)
#undef PQ_LOAD_FIND
    pq_load_functions = found;
    library = opened;
    return true;
}
