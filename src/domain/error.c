/* error.c - filling an error value. */
#include "error.h"

#include <stdarg.h>
#include <stdio.h>

assure_status error_set(assure_error *err, assure_status status, const char *format, ...)
{
    if (err != NULL) {
        va_list args;
        va_start(args, format);
        vsnprintf(err->message, sizeof err->message, format, args);
        va_end(args);
    }
    return status;
}
