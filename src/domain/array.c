/* array.c - growing an array by doubling, with its sizes checked. */
#include "array.h"

#include <stdint.h>
#include <stdlib.h>

void *array_grow(void *items, size_t *capacity, size_t need, size_t size)
{
    if (need == 0)
        need = 1;
    if (items != NULL && need <= *capacity)
        return items;
    if (size == 0)
        return NULL;
    size_t grown = *capacity > 0 ? *capacity : 16;
    while (grown < need) {
        if (grown > SIZE_MAX / 2)
            return NULL;
        grown *= 2;
    }
    if (grown > SIZE_MAX / size)
        return NULL;
    void *p = realloc(items, grown * size);
    if (p == NULL)
        return NULL;
    *capacity = grown;
    return p;
}
