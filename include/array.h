/* array.h - growing an array by doubling.  No I/O. */
#ifndef ASSURE_ARRAY_H
#define ASSURE_ARRAY_H

#include <stddef.h>

/* Room for need items of size bytes each: items itself when its *capacity
 * already holds them, else items reallocated to the next doubling of
 * *capacity (from 16) that does, *capacity updated.  NULL when memory runs
 * out or the bytes would overflow a size_t; items and *capacity are then
 * left as they were (items still to be freed by the caller). */
void *array_grow(void *items, size_t *capacity, size_t need, size_t size);

#endif
