/* fuzz.h - what every fuzz target shares.
 *
 * Each target is a libFuzzer entry point over one parser or loader.  Besides
 * not crashing (the sanitizers watch for that), a target checks what the
 * parser promises and aborts when a promise is broken, so a wrong answer is
 * a finding too.
 */
#ifndef ASSURE_FUZZ_H
#define ASSURE_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Abort with a message when a promise is broken. */
#define PROMISE(condition)                                                                                   \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            fprintf(stderr, "%s:%d: broken promise: %s\n", __FILE__, __LINE__, #condition);                  \
            abort();                                                                                         \
        }                                                                                                    \
    } while (0)

/* The input as a NUL-terminated string (cut at its first NUL); free it. */
static inline char *fuzz_text(const uint8_t *data, size_t size)
{
    char *text = malloc(size + 1);
    if (text == NULL)
        abort();
    memcpy(text, data, size);
    text[size] = '\0';
    return text;
}

#endif
