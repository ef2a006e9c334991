/* error.h - errors as values.
 *
 * A function that can fail returns an assure_status and, on failure, fills an
 * assure_error with a message that already names the location (file:line:column,
 * or file and key).  Only main.c turns a status into an exit code.
 */
#ifndef ASSURE_ERROR_H
#define ASSURE_ERROR_H

/* The exit statuses of SPEC §6, used as return codes throughout. */
typedef enum {
    ASSURE_OK = 0,
    ASSURE_FINDINGS = 1, /* check found something, or partial failure */
    ASSURE_USAGE = 2,    /* bad command line or configuration */
    ASSURE_DATA = 3      /* bad input file or database problem */
} assure_status;

typedef struct {
    char message[1024];
} assure_error;

/* Fill err (if not NULL) with a printf-style message and return status. */
assure_status error_set(assure_error *err, assure_status status, const char *format, ...)
    __attribute__((format(printf, 3, 4)));

#endif
